using System.Text.Json.Nodes;

namespace CourseKit.Runner.Tests;

/// <summary>One <c>coursekit run --parallel 2</c> over a folder of passing, failing and crashing notebooks, shared by the tests below.</summary>
public sealed class MixedRun : IAsyncLifetime
{
    public string Folder { get; } = TestNotebooks.NewFolder();
    public string Out => Path.Combine(Folder, "out");
    public TestNotebooks.CliResult Result { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        TestNotebooks.Write(Folder, "_setup.dib", "var shared = \"from setup\";");
        TestNotebooks.Write(Folder, "01-pass.dib",
            "md: # A passing notebook",
            "#r \"nuget: System.CommandLine, 2.0.0\"\n#!import _setup.dib",
            "Console.WriteLine(\"hello \" + shared);\nvar x = 40 + 2;",
            "display(HTML(\"<b>bold output</b>\"));\nx");
        TestNotebooks.Write(Folder, "02-throw.dib",
            "var a = 1;",
            "md: Prose counts as a cell.",
            "throw new InvalidOperationException(\"boom in three\");",
            "Console.WriteLine(\"never printed\");");
        TestNotebooks.Write(Folder, "03-compile.dib", "int y = \"text\";");
        TestNotebooks.Write(Folder, "04-crash.dib", "Console.WriteLine(\"before\");", "Environment.FailFast(\"deliberate crash\");");
        TestNotebooks.Write(Folder, "05-results.dib",
            "using System.IO;\nvar line = $\"{{\\\"key\\\":\\\"demo.threads\\\",\\\"value\\\":{Environment.GetEnvironmentVariable(\"COURSEKIT_THREADS\")},\\\"unit\\\":\\\"\\\",\\\"profile\\\":\\\"{Environment.GetEnvironmentVariable(\"COURSEKIT_PROFILE\")}\\\",\\\"device\\\":\\\"cpu\\\"}}\";\nFile.AppendAllText(Environment.GetEnvironmentVariable(\"COURSEKIT_RESULTS\")!, line + \"\\n\");",
            "File.Exists(\"05-results.dib\")");
        Result = await TestNotebooks.Cli(Folder, "run", ".", "--out", "out", "--profile", "smoke", "--parallel", "2");
    }

    public Task DisposeAsync()
    {
        Directory.Delete(Folder, recursive: true);
        return Task.CompletedTask;
    }
}

public sealed class RunCommandTests(MixedRun run) : IClassFixture<MixedRun>
{
    string[] Lines => run.Result.Stdout.Split('\n', StringSplitOptions.TrimEntries);

    JsonObject Notebook(string name) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(run.Out, "run.json")))!["notebooks"]!.AsArray().Single(n => (string)n!["notebook"]! == name)!.AsObject();

    [Fact]
    public void A_run_with_failures_exits_non_zero_and_ends_with_the_counts()
    {
        Assert.Equal(1, run.Result.ExitCode);
        Assert.Equal("2 passed, 3 failed", Lines.Last(l => l.Length > 0));
        Assert.DoesNotContain(Lines, l => l.StartsWith("_setup"));
    }

    [Fact]
    public void A_passing_notebook_writes_its_outputs_to_the_ipynb()
    {
        Assert.Contains("01-pass: passed, 3 cells", run.Result.Stdout);
        var ipynb = File.ReadAllText(Path.Combine(run.Out, "01-pass.ipynb"));
        var cells = JsonNode.Parse(ipynb)!["cells"]!.AsArray();
        Assert.Equal(4, cells.Count);
        Assert.Contains("hello from setup", ipynb);
        Assert.Contains("<b>bold output</b>", ipynb);
        Assert.Contains("execute_result", ipynb);
        Assert.Contains("System.CommandLine, 2.0.0", ipynb); // #r "nuget:" restored (from the machine's NuGet cache or source)
        Assert.Equal("passed", (string)Notebook("01-pass")["status"]!);
    }

    [Fact]
    public void An_exception_names_the_cell_counting_prose_cells()
    {
        Assert.Contains("02-throw cell 3: throw new InvalidOperationException(\"boom in three\"); — exception: System.InvalidOperationException: boom in three", Lines);
        var failure = Notebook("02-throw")["failure"]!;
        Assert.Equal(3, (int)failure["cell"]!);
        Assert.Equal("exception", (string)failure["outcome"]!);
        var ipynb = File.ReadAllText(Path.Combine(run.Out, "02-throw.ipynb"));
        Assert.Contains("boom in three", ipynb);
        Assert.DoesNotContain("never printed\\n", ipynb);
        Assert.Equal("notRun", (string)Notebook("02-throw")["cells"]![3]!["outcome"]!);
    }

    [Fact]
    public void A_compile_error_is_reported_as_such()
    {
        Assert.Contains(Lines, l => l.StartsWith("03-compile cell 1: int y = \"text\"; — compile error: ") && l.Contains("CS0029"));
        Assert.Equal("compileError", (string)Notebook("03-compile")["failure"]!["outcome"]!);
    }

    [Fact]
    public void A_crashing_notebook_fails_at_its_last_started_cell_and_the_next_still_runs()
    {
        Assert.Contains(Lines, l => l.StartsWith("04-crash cell 2: Environment.FailFast(\"deliberate crash\"); — crashed: ") && l.Contains("deliberate crash", StringComparison.Ordinal));
        Assert.Contains("05-results: passed", run.Result.Stdout);
        Assert.Contains("before", File.ReadAllText(Path.Combine(run.Out, "04-crash.ipynb")));
    }

    [Fact]
    public void Results_json_gathers_what_cells_recorded_with_profile_and_threads_shared_out()
    {
        var results = JsonNode.Parse(File.ReadAllText(Path.Combine(run.Out, "results.json")))!.AsArray();
        var record = Assert.Single(results)!;
        Assert.Equal("05-results", (string)record["notebook"]!);
        Assert.Equal("demo.threads", (string)record["key"]!);
        Assert.Equal(Math.Max(1, Environment.ProcessorCount / 2), (double)record["value"]!);
        Assert.Equal("smoke", (string)record["profile"]!);
        // Cells run in the notebook's folder, so relative paths work.
        Assert.Contains("True", File.ReadAllText(Path.Combine(run.Out, "05-results.ipynb")));
    }

    [Fact]
    public void The_table_lists_every_notebook_with_cells_seconds_and_status()
    {
        Assert.Contains(Lines, l => l.StartsWith("notebook") && l.Contains("cells") && l.Contains("seconds") && l.Contains("status"));
        Assert.Contains(Lines, l => l.StartsWith("03-compile") && l.EndsWith("compile error"));
        Assert.Equal(5, JsonNode.Parse(File.ReadAllText(Path.Combine(run.Out, "run.json")))!["notebooks"]!.AsArray().Count);
    }
}
