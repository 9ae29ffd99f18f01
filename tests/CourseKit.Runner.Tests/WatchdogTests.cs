using System.Diagnostics;
using CourseKit.Runner.Execution;
using CourseKit.Runner.Running;

namespace CourseKit.Runner.Tests;

/// <summary>The parent's own guard: a worker that goes silent (here frozen with SIGSTOP, so its own cell timeout never fires; the 15 s
/// timeout leaves room for a slow kernel start on a loaded machine)
/// is killed once the cell timeout plus the grace period has passed, and the library API reports it.</summary>
public sealed class WatchdogTests
{
    [Fact]
    public async Task A_frozen_worker_is_killed_and_reported_as_a_timeout_at_its_cell()
    {
        if (OperatingSystem.IsWindows()) return;
        var folder = TestNotebooks.NewFolder();
        try
        {
            var path = TestNotebooks.Write(folder, "frozen.dib", "1 + 1",
                "System.Diagnostics.Process.Start(\"kill\", $\"-STOP {Environment.ProcessId}\")!.WaitForExit();");
            var options = new RunOptions { OutputDirectory = Path.Combine(folder, "out"), CellTimeout = TimeSpan.FromSeconds(15), WatchdogGrace = TimeSpan.FromSeconds(2) };
            var clock = Stopwatch.StartNew();
            var report = await NotebookRunner.RunAsync([path], options);

            var notebook = Assert.Single(report.Notebooks);
            Assert.False(notebook.Passed);
            Assert.True(notebook.Failure!.Cell == 2, notebook.Failure.ToString());
            Assert.Equal(CellOutcome.Timeout, notebook.Failure.Outcome);
            Assert.Contains("no progress", notebook.Failure.Message);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed.TotalSeconds:0.0} s");
            Assert.Equal("0 passed, 1 failed", report.Summary);
        }
        finally { Directory.Delete(folder, recursive: true); }
    }
}
