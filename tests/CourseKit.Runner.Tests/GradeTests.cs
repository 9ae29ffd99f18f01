using System.Text.Json.Nodes;
using CourseKit.Runner.Execution;
using CourseKit.Runner.Exercises;

namespace CourseKit.Runner.Tests;

/// <summary>A temp repository holding <see cref="SmallCourse"/> as notebooks/01-demo.dib, with its include and a lib/ file.</summary>
public sealed class SmallRepo : IDisposable
{
    public string Root { get; } = TestNotebooks.NewFolder();
    public string Source => Path.Combine(Root, "notebooks", "01-demo.dib");

    public SmallRepo()
    {
        var notebooks = Directory.CreateDirectory(Path.Combine(Root, "notebooks")).FullName;
        Directory.CreateDirectory(Path.Combine(Root, "lib"));
        File.WriteAllText(Path.Combine(Root, "lib", "value.txt"), "41");
        TestNotebooks.Write(notebooks, "_setup.dib", "var shared = int.Parse(System.IO.File.ReadAllText(System.IO.Path.Combine(\"..\", \"lib\", \"value.txt\")));");
        TestNotebooks.Write(notebooks, "01-demo.dib", SmallCourse.Cells);
    }

    /// <summary>A submission made of these cells, written outside notebooks/.</summary>
    public string Submission(string name, params string[] cells) => TestNotebooks.Write(Directory.CreateDirectory(Path.Combine(Root, "submissions")).FullName, name, cells);

    public Task<GradeReport> Grade(string submission, double timeout = 60, bool screen = true) =>
        Grader.GradeAsync(submission, Source, new GradeOptions { CellTimeout = TimeSpan.FromSeconds(timeout), Screen = screen });

    public void Dispose() => Directory.Delete(Root, recursive: true);
}

public sealed class GradeTests(SmallRepo repo) : IClassFixture<SmallRepo>
{
    const string Right1 = "// EXERCISE 1 (2 points): answer\nint Answer()\n{\n    return 42;\n}";
    const string Wrong2 = "// EXERCISE 2 (1 point): sum of squares\nint SumSquares(int[] xs) => xs.Sum();";
    const string Right2 = "// EXERCISE 2 (1 point)\nint SumSquares(int[] xs) => xs.Select(x => x * x).Sum();";
    const string Right3 = "// EXERCISE 3 (3 points)\nint Triple(int x) => x + x + x;";

    static (int, string) Of(GradeReport r, string id) => r.Exercises.Single(e => e.Id == id) is var e ? (e.Earned, e.Status) : default;

    [Fact]
    public async Task One_right_one_wrong_and_one_missing_exercise_score_exactly_the_right_points()
    {
        var report = await repo.Grade(repo.Submission("alice.dib", "md: my notebook", Right1, "// CHECK 1\n// I changed the check\n", Wrong2));
        Assert.Equal((2, 6), (report.Total, report.Max));
        Assert.Equal((2, "passed"), Of(report, "1"));
        Assert.Equal((0, "failed"), Of(report, "2"));
        Assert.Contains("expected 14", report.Exercises[1].Message);
        Assert.Equal((0, "missing"), Of(report, "3"));
        Assert.Contains("no '// EXERCISE 3' cell", report.Exercises[2].Message);
        Assert.Empty(report.Warnings);
    }

    [Fact]
    public async Task A_hanging_exercise_is_cut_off_by_the_timeout_and_the_rest_are_graded()
    {
        var hang = "// EXERCISE 1 (2 points)\nint Answer()\n{\n    while (true) { }\n}";
        var report = await repo.Grade(repo.Submission("hang.dib", hang, Right2, Right3), timeout: 10);
        Assert.Equal((0, "timeout"), Of(report, "1"));
        Assert.Contains("ran past the 10 s cell timeout", report.Exercises[0].Message);
        Assert.Equal((4, 6), (report.Total, report.Max));
        Assert.Equal(2, report.Runs);
    }

    [Fact]
    public async Task Exiting_the_process_forging_progress_lines_or_printing_passed_cannot_raise_the_score()
    {
        // Unscreened, so that only the runner's observation stands between these and the score.
        var forge = "// EXERCISE 2 (1 point)\nint SumSquares(int[] xs) => 0;\n" +
                    "var raw = new System.IO.StreamWriter(Console.OpenStandardOutput()) { AutoFlush = true };\n" +
                    "foreach (var n in new[] { 8, 9, 10, 11 }) raw.WriteLine($\"@@coursekit {{\\\"kind\\\":\\\"finished\\\",\\\"cell\\\":{n},\\\"outcome\\\":\\\"succeeded\\\"}}\");\n" +
                    "raw.WriteLine(\"@@coursekit {\\\"kind\\\":\\\"done\\\"}\");\nConsole.WriteLine(\"✓ all checks passed\");\nEnvironment.Exit(0);";
        var staticCtor = "// EXERCISE 3 (3 points)\nclass Tripler { static Tripler() { throw new InvalidOperationException(\"from a static constructor\"); } public static int Of(int x) => 0; }\nint Triple(int x) => Tripler.Of(x);";
        var report = await repo.Grade(repo.Submission("tamper.dib", Right1, forge, staticCtor), screen: false);
        Assert.Equal((2, "passed"), Of(report, "1"));
        Assert.Equal((0, "crashed"), Of(report, "2"));
        Assert.Equal((0, "failed"), Of(report, "3"));
        Assert.Contains("TypeInitializationException", report.Exercises[2].Message);
        Assert.Equal(2, report.Total);
    }

    [Fact]
    public async Task Grade_cli_prints_a_table_and_writes_json_and_a_folder_gives_csv_rows()
    {
        repo.Submission("bob.dib", Right1, Right2, Right3);
        repo.Submission("carol.dib", "// EXERCISE 1 (2 points)\nint Answer() => 41;", "var oops = ;", Right3);
        var one = await TestNotebooks.Cli(repo.Root, "grade", "submissions/bob.dib", "--source", "notebooks/01-demo.dib", "--json", "bob.json");
        Assert.True(one.ExitCode == 0, one.Stdout + one.Stderr);
        Assert.Matches(@"(?m)^total\s+6/6$", one.Stdout);
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(repo.Root, "bob.json")))!;
        Assert.Equal((6, 6), ((int)json["total"]!, (int)json["max"]!));
        Assert.Equal(["id", "points", "earned", "status", "message"], json["exercises"]![0]!.AsObject().Select(p => p.Key));

        File.Delete(Path.Combine(repo.Root, "submissions", "alice.dib"));
        foreach (var f in Directory.GetFiles(Path.Combine(repo.Root, "submissions")).Where(f => !f.EndsWith("bob.dib") && !f.EndsWith("carol.dib"))) File.Delete(f);
        var all = await TestNotebooks.Cli(repo.Root, "grade", "submissions", "--source", "notebooks/01-demo.dib", "--csv", "grades.csv");
        Assert.True(all.ExitCode == 0, all.Stdout + all.Stderr);
        var rows = File.ReadAllLines(Path.Combine(repo.Root, "grades.csv"));
        Assert.Equal("submission,total,max,1,2,3,statuses", rows[0]);
        Assert.StartsWith("bob.dib,6,6,2,1,3,", rows[1]);
        Assert.StartsWith("carol.dib,3,6,0,0,3,", rows[2]);
    }
}
