using System.Text.Json.Nodes;

namespace CourseKit.Runner.Tests;

public sealed class TimeoutAndPathTests
{
    [Fact]
    public async Task An_endless_loop_is_stopped_at_the_cell_timeout_and_reported()
    {
        var folder = TestNotebooks.NewFolder();
        try
        {
            TestNotebooks.Write(folder, "loop.dib", "Console.WriteLine(\"spinning\");", "while (true) { }");
            var result = await TestNotebooks.Cli(folder, "run", "loop.dib", "--cell-timeout", "5", "--out", "out");
            Assert.Equal(1, result.ExitCode);
            Assert.Contains("loop cell 2: while (true) { } — timeout: ", result.Stdout);
            Assert.EndsWith("0 passed, 1 failed", result.Stdout.TrimEnd());
            var cell = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "out", "run.json")))!["notebooks"]![0]!["cells"]![1]!;
            Assert.Equal("timeout", (string)cell["outcome"]!);
            Assert.InRange((double)cell["seconds"]!, 4.9, 10);
            Assert.True(result.Seconds < 30, $"the run took {result.Seconds:0.0} s");
        }
        finally { Directory.Delete(folder, recursive: true); }
    }

    [Fact]
    public async Task A_missing_file_or_a_non_dib_path_gets_a_clear_message()
    {
        var folder = TestNotebooks.NewFolder();
        try
        {
            File.WriteAllText(Path.Combine(folder, "notes.txt"), "not a notebook");
            var result = await TestNotebooks.Cli(folder, "run", "missing.dib", "notes.txt");
            Assert.NotEqual(0, result.ExitCode);
            Assert.Contains("missing.dib: no such file or folder.", result.Stderr);
            Assert.Contains("notes.txt: not a .dib notebook", result.Stderr);
            Assert.False(Directory.Exists(Path.Combine(folder, "artifacts")));
        }
        finally { Directory.Delete(folder, recursive: true); }
    }
}
