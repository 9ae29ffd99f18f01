using System.Diagnostics;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Documents;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.PackageManagement;

namespace CourseKit.Runner.Execution;

/// <summary>Runs notebook cells in a fresh C# kernel inside this process and reports each cell's outcome and outputs.
/// A cell that times out keeps running (the kernel cannot stop it), so after a timeout the executor refuses more
/// cells and the process hosting it should end.</summary>
public sealed class NotebookExecutor : IDisposable
{
    readonly CompositeKernel kernel;
    readonly OutputCollector outputs = new();
    readonly IDisposable subscription;

    /// <summary>Starts a kernel like Polyglot Notebooks' C# one: <c>#r "nuget:"</c>, <c>#!import</c>, kernel helpers, value sharing.</summary>
    public NotebookExecutor()
    {
        var csharp = new CSharpKernel()
            .UseNugetDirective((k, references) =>
            {
                k.AddAssemblyReferences(references.SelectMany(r => r.AssemblyPaths));
                return Task.CompletedTask;
            })
            .UseKernelHelpers()
            .UseValueSharing()
            .UseImportMagicCommand();
        kernel = new CompositeKernel { csharp };
        kernel.DefaultKernelName = csharp.Name;
        subscription = kernel.KernelEvents.Subscribe(outputs);
    }

    /// <summary>True after a cell timed out: the kernel is still busy with it.</summary>
    public bool IsBroken { get; private set; }

    /// <summary>Runs the cells in order, prose skipped, stopping at the first failure unless told otherwise.</summary>
    public async Task<IReadOnlyList<CellResult>> ExecuteAsync(IEnumerable<NotebookCell> cells, ExecutionOptions? options = null)
    {
        options ??= new ExecutionOptions();
        var results = new List<CellResult>();
        var stopped = false;
        foreach (var cell in cells)
        {
            CellResult result;
            if (!cell.IsCode) result = new CellResult(cell, CellOutcome.Skipped, 0, null, []);
            else if (stopped || IsBroken) result = new CellResult(cell, CellOutcome.NotRun, 0, null, []);
            else
            {
                options.CellStarted?.Invoke(cell);
                result = await ExecuteCellAsync(cell, options.CellTimeout);
                stopped = result.Failed && options.StopAtFirstFailure;
            }
            results.Add(result);
            options.CellFinished?.Invoke(result);
        }
        return results;
    }

    /// <summary>Runs one code cell, waiting at most <paramref name="timeout"/>.</summary>
    public async Task<CellResult> ExecuteCellAsync(NotebookCell cell, TimeSpan timeout)
    {
        if (IsBroken) throw new InvalidOperationException("An earlier cell timed out and is still running: start a new process to run more cells.");
        var clock = Stopwatch.StartNew();
        outputs.BeginCell();
        var submission = kernel.SendAsync(new SubmitCode(cell.Code, cell.KernelName));
        var finished = await Task.WhenAny(submission, Task.Delay(timeout));
        if (finished != submission)
        {
            IsBroken = true;
            var message = $"Cell ran longer than the {timeout.TotalSeconds:0.#} s cell timeout and was stopped.";
            outputs.Add(new ErrorElement(message, "Timeout", []));
            return new CellResult(cell, CellOutcome.Timeout, clock.Elapsed.TotalSeconds, message, outputs.EndCell());
        }

        KernelCommandResult commandResult;
        try { commandResult = await submission; }
        catch (Exception e)
        {
            outputs.Add(Error(e.GetType().Name, e.ToString()));
            return new CellResult(cell, CellOutcome.Exception, clock.Elapsed.TotalSeconds, e.ToString(), outputs.EndCell());
        }
        var failed = commandResult.Events.OfType<CommandFailed>().FirstOrDefault();
        if (failed is null)
            return new CellResult(cell, CellOutcome.Succeeded, clock.Elapsed.TotalSeconds, null, outputs.EndCell());

        var compileError = failed.Exception is CodeSubmissionCompilationErrorException;
        var name = compileError ? "CompileError" : failed.Exception?.GetType().Name ?? "Error";
        outputs.Add(compileError ? new ErrorElement(failed.Message, name, []) : Error(name, failed.Message));
        return new CellResult(cell, compileError ? CellOutcome.CompileError : CellOutcome.Exception, clock.Elapsed.TotalSeconds, failed.Message, outputs.EndCell());
    }

    static ErrorElement Error(string name, string message)
    {
        var lines = message.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        return new ErrorElement(lines[0], name, lines.Skip(1).ToArray());
    }

    /// <summary>Disposes the kernel (a timed-out cell keeps running regardless).</summary>
    public void Dispose()
    {
        subscription.Dispose();
        if (!IsBroken) kernel.Dispose();
    }
}
