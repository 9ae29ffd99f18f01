using System.CommandLine;
using CourseKit.Runner.Running;

namespace CourseKit.Cli.Commands;

/// <summary>Hidden <c>coursekit run-worker</c>: the child process <c>coursekit run</c> and <c>coursekit grade</c> start for each notebook.</summary>
public static class RunWorkerCommand
{
    public static Command Create()
    {
        var notebook = new Argument<string>("NOTEBOOK");
        var ipynb = new Option<string>("--ipynb") { Required = true };
        var timeout = new Option<double>("--cell-timeout") { Required = true };
        var keepGoing = new Option<bool>("--keep-going");
        var nonceStdin = new Option<bool>("--nonce-stdin");
        var command = new Command("run-worker", "Run one notebook and stream progress to the parent run (internal).") { notebook, ipynb, timeout, keepGoing, nonceStdin };
        command.Hidden = true;
        command.SetAction(async parse =>
        {
            // Read before any cell runs, so that cells cannot read the secret from stdin.
            var nonce = parse.GetValue(nonceStdin) ? Console.In.ReadLine() : null;
            var progress = Console.OpenStandardOutput();
            var code = await NotebookWorker.RunAsync(parse.GetValue(notebook)!, parse.GetValue(ipynb)!, TimeSpan.FromSeconds(parse.GetValue(timeout)), progress,
                parse.GetValue(keepGoing), nonce);
            // A timed-out cell is still running on another thread: leave without waiting for it.
            progress.Flush();
            Environment.Exit(code);
            return code;
        });
        return command;
    }
}
