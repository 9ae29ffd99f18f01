using CourseKit.Runner.Execution;
using CourseKit.Runner.Exercises;

namespace CourseKit.Runner.Tests;

/// <summary>Grading a real course notebook (00-setup, exercise 0.1): the instructor's version scores full marks, the student
/// version scores zero and still completes every other cell, and a fake <c>Check</c> class cannot pass a wrong answer.</summary>
public sealed class CourseGradingTests
{
    static readonly string Source = Path.Combine(Repo.Notebooks, "00-setup.dib");
    static readonly GradeOptions Options = new() { CellTimeout = TimeSpan.FromSeconds(300) };

    [Fact]
    public async Task Instructor_scores_full_marks_student_scores_zero_and_a_fake_Check_class_does_not_help()
    {
        var folder = TestNotebooks.NewFolder();
        try
        {
            var source = ExerciseNotebook.Load(Source);
            var student = Path.Combine(folder, "student.dib");
            File.WriteAllText(student, DibWriter.ToText(source.Notebook, StudentVersion.Cells(source)));
            var fake = TestNotebooks.Write(folder, "fake.dib",
                "// EXERCISE 0.1 (1 point)\nstatic class Check { public static string Close(params object[] a) => \"✓ passed\"; public static string Close(double a, double b, double tol = 0, string hint = \"\") => \"✓ passed\"; }\n" +
                "double AccuracyByHand(Tensor scores, Tensor trueLabels) => 0.5;");

            var full = await Grader.GradeAsync(Source, Source, Options);
            Assert.Equal((source.MaxPoints, source.MaxPoints), (full.Total, full.Max));
            Assert.Empty(full.Warnings);

            var zero = await Grader.GradeAsync(student, Source, Options);
            Assert.Equal(0, zero.Total);
            Assert.All(zero.Exercises, e => Assert.Contains("NotImplementedException", e.Message));
            Assert.Empty(zero.Warnings);   // every non-exercise cell ran

            var tampered = await Grader.GradeAsync(fake, Source, Options with { Screen = false });
            Assert.Equal((0, "failed"), (tampered.Total, tampered.Exercises[0].Status));
            Assert.Equal("refused", (await Grader.GradeAsync(fake, Source, Options)).Exercises[0].Status);
        }
        finally { Directory.Delete(folder, recursive: true); }
    }
}
