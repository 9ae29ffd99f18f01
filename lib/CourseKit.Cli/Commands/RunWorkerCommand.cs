using System.CommandLine;
using CourseKit.Runner.Running;

namespace CourseKit.Cli.Commands;

/// <summary>Hidden <c>coursekit run-worker</c>: the child process <c>coursekit run</c> starts for each notebook.</summary>
public static class RunWorkerCommand
{
    public static Command Create()
    {
        var notebook = new Argument<string>("NOTEBOOK");
        var ipynb = new Option<string>("--ipynb") { Required = true };
        var timeout = new Option<double>("--cell-timeout") { Required = true };
        var command = new Command("run-worker", "Run one notebook and stream progress to the parent run (internal).") { notebook, ipynb, timeout };
        command.Hidden = true;
        command.SetAction(async parse =>
        {
            var progress = Console.OpenStandardOutput();
            var code = await NotebookWorker.RunAsync(parse.GetValue(notebook)!, parse.GetValue(ipynb)!, TimeSpan.FromSeconds(parse.GetValue(timeout)), progress);
            // A timed-out cell is still running on another thread: leave without waiting for it.
            progress.Flush();
            Environment.Exit(code);
            return code;
        });
        return command;
    }
}
