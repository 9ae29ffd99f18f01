using System.CommandLine;
using CourseKit.Runner.Execution;
using CourseKit.Runner.Running;

namespace CourseKit.Cli.Commands;

/// <summary><c>coursekit run</c>: runs notebooks headlessly, each in a fresh kernel in its own process, and writes the executed .ipynb files.</summary>
public static class RunCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = ".dib notebooks, or folders whose .dib files run in name order (_*.dib are shared includes and are skipped).", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out") { Description = "Folder for the executed .ipynb files, run.json and results.json.", DefaultValueFactory = _ => Path.Combine("artifacts", "notebooks") };
        var timeout = new Option<double>("--cell-timeout") { Description = "Seconds one cell may run before it fails the notebook.", DefaultValueFactory = _ => ExecutionOptions.DefaultCellTimeout.TotalSeconds };
        var profile = new Option<string?>("--profile") { Description = "Experiment sizes: smoke (CI) or full (learners); sets COURSEKIT_PROFILE." };
        profile.AcceptOnlyFromAmong("smoke", "full");
        var parallel = new Option<int>("--parallel") { Description = "Notebooks run at once; each gets cores/N threads unless COURSEKIT_THREADS is set.", DefaultValueFactory = _ => 1 };
        var command = new Command("run", "Run notebooks headlessly and report, per notebook, the first failing cell.") { paths, output, timeout, profile, parallel };
        command.SetAction(async (parse, cancel) =>
        {
            var options = new RunOptions
            {
                OutputDirectory = parse.GetValue(output)!,
                CellTimeout = TimeSpan.FromSeconds(parse.GetValue(timeout)),
                Profile = parse.GetValue(profile),
                Parallel = parse.GetValue(parallel),
            };
            if (options.CellTimeout <= TimeSpan.Zero || options.Parallel < 1)
            {
                Console.Error.WriteLine("run: --cell-timeout must be above 0 seconds and --parallel at least 1.");
                return 2;
            }
            // Make TorchSharp's native wrapper loadable once, here, before any notebook kernel starts (they would otherwise race to
            // patch the same file), and say so in the console where the learner is looking.
            try
            {
                foreach (var fix in NativeFix.Apply().Where(f => f.Status == NativeFixStatus.Fixed))
                    Console.WriteLine($"native fix: {fix.File}: {fix.Message} (undo: coursekit doctor --restore-native)");
            }
            catch (NativeSetupException e)
            {
                Console.Error.WriteLine($"run: {e.Message}");
                return 2;
            }
            try
            {
                var report = await NotebookRunner.RunAsync(parse.GetValue(paths)!, options, n => Console.WriteLine(n.Line), cancel);
                Console.WriteLine();
                Console.Write(report.ToTable());
                Console.WriteLine($"outputs: {Path.GetFullPath(options.OutputDirectory)}");
                Console.WriteLine(report.Summary);
                return report.Failed == 0 ? 0 : 1;
            }
            catch (NotebookPathException e)
            {
                Console.Error.WriteLine($"run: {e.Message}");
                return 2;
            }
            catch (OperationCanceledException)
            {
                Console.Error.WriteLine("run: cancelled; running notebooks were stopped.");
                return 130;
            }
        });
        return command;
    }
}
