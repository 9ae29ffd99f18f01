using System.Text.Json.Nodes;
using CourseKit.Runner.Exercises;

namespace CourseKit.Runner.Tests;

/// <summary><c>coursekit student</c>, and marker validation plus student generation (no execution) for every course notebook.</summary>
public sealed class StudentCommandTests
{
    public static TheoryData<string> CourseNotebooks()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(Repo.Notebooks, "*.dib").Where(f => !Path.GetFileName(f).StartsWith('_')).Order()) data.Add(Path.GetFileName(f));
        return data;
    }

    [Theory]
    [MemberData(nameof(CourseNotebooks))]
    public void Course_notebook_markers_are_valid_and_its_student_version_has_no_solutions(string file)
    {
        var nb = ExerciseNotebook.Load(Path.Combine(Repo.Notebooks, file));
        Assert.True(nb.Problems.Count == 0, "malformed exercise markers:\n" + string.Join("\n", nb.Problems));
        var student = StudentVersion.Cells(nb);
        var text = string.Join("\n", student.Select(c => c.Code));
        Assert.DoesNotContain(Markers.BeginSolution, text);
        Assert.DoesNotContain(Markers.BeginHidden, text);
        foreach (var e in nb.Exercises)
            Assert.Contains($"Exercise {e.Id}", student[e.Cell - 1].Code);
        Assert.Equal(nb.Notebook.Cells.Count, student.Count);
    }

    [Fact]
    public async Task Student_writes_stubbed_copies_with_includes_and_leaves_the_sources_alone()
    {
        var repo = TestNotebooks.NewFolder();
        try
        {
            var notebooks = Directory.CreateDirectory(Path.Combine(repo, "notebooks")).FullName;
            Directory.CreateDirectory(Path.Combine(repo, "lib"));
            File.WriteAllText(Path.Combine(repo, "lib", "value.txt"), "41");
            TestNotebooks.Write(notebooks, "_setup.dib", "var shared = int.Parse(System.IO.File.ReadAllText(System.IO.Path.Combine(\"..\", \"lib\", \"value.txt\")));");
            var source = TestNotebooks.Write(notebooks, "01-demo.dib", SmallCourse.Cells);
            var before = File.ReadAllText(source);

            var result = await TestNotebooks.Cli(repo, "student", "notebooks", "--out", "dist/student");
            Assert.True(result.ExitCode == 0, result.Stdout + result.Stderr);
            Assert.Equal(before, File.ReadAllText(source));
            Assert.True(File.Exists(Path.Combine(repo, "dist", "student", "_setup.dib")));
            Assert.Contains("\"..\", \"..\", \"lib\"", File.ReadAllText(Path.Combine(repo, "dist", "student", "_setup.dib")));

            var refused = await TestNotebooks.Cli(repo, "student", "notebooks", "--out", "notebooks");
            Assert.Equal(2, refused.ExitCode);
            Assert.Contains("would overwrite the sources", refused.Stderr);

            // The student copy runs from where it was written and stops at the first CHECK, with the stub's message.
            var run = await TestNotebooks.Cli(repo, "run", "dist/student", "--out", "out");
            Assert.Equal(1, run.ExitCode);
            Assert.Contains($"01-demo cell {SmallCourse.FirstCheckCell}: // CHECK 1 — exception: System.NotImplementedException: Exercise 1 (answer) is not done yet", run.Stdout);
        }
        finally { Directory.Delete(repo, recursive: true); }
    }

    [Fact]
    public async Task Malformed_markers_fail_student_generation_with_notebook_cell_and_line()
    {
        var folder = TestNotebooks.NewFolder();
        try
        {
            TestNotebooks.Write(folder, "bad.dib", "// EXERCISE 1 (1 point)\nint F()\n{\n    // BEGIN SOLUTION\n    return 1;\n}");
            var result = await TestNotebooks.Cli(folder, "student", "bad.dib", "--out", "out");
            Assert.Equal(2, result.ExitCode);
            Assert.Contains("bad.dib cell 1 line 4: '// BEGIN SOLUTION' is never closed", result.Stderr);
            Assert.Contains("bad.dib cell 1 line 1: exercise 1 has no check cell", result.Stderr);
            Assert.False(Directory.Exists(Path.Combine(folder, "out")));
        }
        finally { Directory.Delete(folder, recursive: true); }
    }
}

/// <summary>The repository this test runs in.</summary>
static class Repo
{
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "CourseKit.sln"))) return dir.FullName;
            throw new DirectoryNotFoundException("CourseKit.sln not found above the test folder.");
        }
    }

    public static string Notebooks => Path.Combine(Root, "notebooks");
}

/// <summary>A small purpose-made course notebook without TorchSharp (fast to run): three exercises, one of them with two checks.</summary>
static class SmallCourse
{
    public const int FirstCheckCell = 5;

    public static readonly string[] Cells =
    [
        "#!import _setup.dib",
        "md: # Demo",
        "var data = new[] { 1, 2, 3 };",
        "// EXERCISE 1 (2 points): answer\nint Answer()\n{\n    // BEGIN SOLUTION\n    return shared + 1;\n    // END SOLUTION\n}",
        "// CHECK 1\n// BEGIN HIDDEN CHECKS\nif (Answer() != 42) throw new Exception(\"hidden: wrong answer\");\n// END HIDDEN CHECKS\nAnswer()",
        "var total = data.Sum();",
        "// EXERCISE 2 (1 point): sum of squares\nint SumSquares(int[] xs)\n{\n    // BEGIN SOLUTION\n    return xs.Sum(x => x * x);\n    // END SOLUTION\n}",
        "// CHECK 2\nif (SumSquares(data) != 14) throw new Exception(\"expected 14\");",
        "// CHECK 2\n// BEGIN HIDDEN CHECKS\nif (SumSquares(new[] { 3, 4 }) != 25) throw new Exception(\"hidden: expected 25\");\n// END HIDDEN CHECKS",
        "// EXERCISE 3 (3 points): triple\nint Triple(int x)\n{\n    // BEGIN SOLUTION\n    return 3 * x;\n    // END SOLUTION\n}",
        "// CHECK 3\nif (Triple(total) != 18) throw new Exception(\"expected 18\");\nTriple(2)",
    ];
}
