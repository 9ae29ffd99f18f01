using CourseKit.Runner.Execution;
using CourseKit.Runner.Exercises;

namespace CourseKit.Runner.Tests;

/// <summary>Submitted exercise cells that reach for the checks are refused before they run (against 00-setup's exercise 0.1).</summary>
public sealed class SubmissionScreenTests
{
    static readonly IReadOnlySet<string> Protected = SubmissionScreen.ProtectedNames(ExerciseNotebook.Load(Path.Combine(Repo.Notebooks, "00-setup.dib")));
    static string Cell(string extra) => $"// EXERCISE 0.1 (1 point)\n{extra}\ndouble AccuracyByHand(Tensor scores, Tensor trueLabels) => 1.0;";

    [Theory]
    [InlineData("static class Check { public static string Close(params object[] a) => \"✓\"; }", "declares 'Check'")]
    [InlineData("var Check = 0;", "declares 'Check'")]
    [InlineData("using Check = System.Math;", "declares 'Check'")]
    [InlineData("class CheckFailedException : Exception { }", "declares 'CheckFailedException'")]
    [InlineData("var labels = torch.zeros(4);", "declares 'labels'")]
    [InlineData("labels = torch.zeros(4);", "assigns to 'labels'")]
    [InlineData("void Cheat() { trainer = null; }", "assigns to 'trainer'")]
    [InlineData("class torch { }", "declares 'torch'")]
    [InlineData("typeof(string).GetField(\"x\");", "uses 'GetField'")]
    [InlineData("Microsoft.DotNet.Interactive.Kernel.Root.ToString();", "uses 'Interactive'")]
    [InlineData("#r \"nuget: Lib.Harmony, 2.3.3\"", "directives (#r, #!, #load) are not allowed")]
    [InlineData("System.Console.OpenStandardOutput();", "uses 'OpenStandardOutput'")]
    public void Cells_that_reach_for_the_checks_are_refused(string extra, string expected)
    {
        var why = SubmissionScreen.Refusal(Cell(extra), Protected);
        Assert.NotNull(why);
        Assert.Contains(expected, why);
    }

    [Fact]
    public void Ordinary_answers_with_helpers_and_locals_pass_the_screen()
    {
        var answer = "// EXERCISE 0.1 (1 point)\nint Count(Tensor t) => (int)t.sum().item<long>();\n" +
                     "double AccuracyByHand(Tensor scores, Tensor trueLabels)\n{\n    var labels = trueLabels;\n    labels = labels.clone();\n    var hits = 0;\n    hits += Count(scores.argmax(1).eq(labels));\n    return hits / (double)labels.shape[0];\n}";
        Assert.Null(SubmissionScreen.Refusal(answer, Protected));
    }
}
