using System.Diagnostics;
using CourseKit.Runner.Execution;

namespace CourseKit.Runner.Running;

/// <summary>Runs one notebook in its own worker process (<c>dotnet CourseKit.Cli.dll run-worker ...</c>) started in the
/// notebook's folder, follows its progress lines, and kills it if it stays silent past the cell timeout plus a grace
/// period. A worker that dies is reported as its notebook's failure at the last cell it started.</summary>
sealed class WorkerProcess
{
    /// <summary>The hidden CLI subcommand that runs one notebook.</summary>
    public const string Subcommand = "run-worker";

    readonly object gate = new();
    readonly Dictionary<int, WorkerMessage> finished = new();
    readonly List<string> stderrHead = new();
    readonly Queue<string> stderrTail = new();
    readonly Stopwatch sinceProgress = Stopwatch.StartNew();
    (int Cell, string FirstLine, Stopwatch Clock)? running;
    bool done, killedByWatchdog;

    public required string NotebookPath { get; init; }
    public required string IpynbPath { get; init; }
    public required string ResultsPath { get; init; }
    public required RunOptions Options { get; init; }
    public required IReadOnlyDictionary<string, string> Environment { get; init; }

    /// <summary>Folder the worker starts in (relative paths in cells resolve against it); null means the notebook's folder.</summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>Run every cell even after failures (grading).</summary>
    public bool KeepGoing { get; init; }

    /// <summary>A secret sent on the worker's stdin (then closed) that every progress line must carry; null trusts any progress line.</summary>
    public string? Nonce { get; init; }

    /// <summary>Starts the worker, waits for it (or kills it) and reports how the notebook went.</summary>
    public async Task<NotebookReport> RunAsync(CancellationToken cancel)
    {
        var clock = Stopwatch.StartNew();
        var name = Path.GetFileNameWithoutExtension(NotebookPath);
        DibNotebook notebook;
        try { notebook = DibNotebook.Load(NotebookPath); }
        catch (Exception e)
        {
            var failure = new CellFailure(0, "(reading the notebook)", CellOutcome.Exception, e.Message);
            return new NotebookReport(name, NotebookPath, false, clock.Elapsed.TotalSeconds, 0, failure, [], IpynbPath);
        }

        using var process = new Process { StartInfo = StartInfo() };
        process.Start();
        if (Nonce is not null) process.StandardInput.WriteLine(Nonce);
        process.StandardInput.Close();
        var stdout = Task.Run(() => ReadStdoutAsync(process.StandardOutput));
        var stderr = Task.Run(() => ReadStderrAsync(process.StandardError));
        using (cancel.Register(() => Kill(process)))
        {
            var limit = Options.CellTimeout + Options.WatchdogGrace;
            while (!process.WaitForExit(250))
            {
                lock (gate)
                    if (sinceProgress.Elapsed > limit) killedByWatchdog = true;
                if (killedByWatchdog) { Kill(process); break; }
            }
            await process.WaitForExitAsync(CancellationToken.None);
            await Task.WhenAll(stdout, stderr);
        }
        return Report(notebook, process.ExitCode, clock.Elapsed.TotalSeconds);
    }

    ProcessStartInfo StartInfo()
    {
        var info = new ProcessStartInfo(WorkerHost.DotnetPath)
        {
            WorkingDirectory = WorkingDirectory ?? Path.GetDirectoryName(NotebookPath)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { WorkerHost.CliAssembly(Options.WorkerAssembly), Subcommand, NotebookPath,
                     "--ipynb", IpynbPath, "--cell-timeout", Options.CellTimeout.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture) })
            info.ArgumentList.Add(argument);
        if (KeepGoing) info.ArgumentList.Add("--keep-going");
        if (Nonce is not null) info.ArgumentList.Add("--nonce-stdin");
        foreach (var (key, value) in Environment) info.Environment[key] = value;
        info.Environment["COURSEKIT_RESULTS"] = ResultsPath;
        return info;
    }

    async Task ReadStdoutAsync(StreamReader reader)
    {
        while (await reader.ReadLineAsync() is { } line)
        {
            if (WorkerMessage.TryParse(line, Nonce) is not { } message) continue;
            lock (gate)
            {
                sinceProgress.Restart();
                switch (message.Kind)
                {
                    case WorkerMessage.Started: running = (message.Cell, message.FirstLine ?? "", Stopwatch.StartNew()); break;
                    case WorkerMessage.Finished: finished[message.Cell] = message; if (running?.Cell == message.Cell) running = null; break;
                    case WorkerMessage.Done: done = true; break;
                }
            }
        }
    }

    async Task ReadStderrAsync(StreamReader reader)
    {
        while (await reader.ReadLineAsync() is { } line)
            lock (gate)
            {
                if (stderrHead.Count < 20) { stderrHead.Add(line); continue; }
                stderrTail.Enqueue(line);
                if (stderrTail.Count > 40) stderrTail.Dequeue();
            }
    }

    NotebookReport Report(DibNotebook notebook, int exitCode, double seconds)
    {
        lock (gate)
        {
            var cells = new List<CellReport>();
            CellFailure? failure = null;
            foreach (var cell in notebook.Cells)
            {
                if (finished.TryGetValue(cell.Number, out var m) && m.Outcome is { } outcome)
                {
                    cells.Add(new CellReport(cell.Number, outcome, m.Seconds, m.Error));
                    if (failure is null && outcome.IsFailure()) failure = new CellFailure(cell.Number, cell.FirstLine, outcome, m.Error ?? "");
                }
                else if (running?.Cell == cell.Number)
                {
                    var outcome2 = killedByWatchdog ? CellOutcome.Timeout : CellOutcome.Crashed;
                    cells.Add(new CellReport(cell.Number, outcome2, running.Value.Clock.Elapsed.TotalSeconds, DeathMessage(exitCode)));
                    failure ??= new CellFailure(cell.Number, cell.FirstLine, outcome2, DeathMessage(exitCode));
                }
                else cells.Add(new CellReport(cell.Number, cell.IsCode ? CellOutcome.NotRun : CellOutcome.Skipped, 0));
            }
            if (failure is null && (!done || exitCode != 0))
            {
                // Died between cells (or before the first): name the last cell that started.
                var last = finished.Keys.DefaultIfEmpty(0).Max();
                var firstLine = last == 0 ? "(starting the kernel)" : notebook.Cells[last - 1].FirstLine;
                failure = new CellFailure(last, firstLine, killedByWatchdog ? CellOutcome.Timeout : CellOutcome.Crashed, DeathMessage(exitCode));
            }
            var cellsRun = cells.Count(c => c.Outcome is not (CellOutcome.NotRun or CellOutcome.Skipped));
            return new NotebookReport(notebook.Name, NotebookPath, failure is null, seconds, cellsRun, failure, cells, IpynbPath);
        }
    }

    string DeathMessage(int exitCode)
    {
        if (killedByWatchdog)
            return $"no progress for {(Options.CellTimeout + Options.WatchdogGrace).TotalSeconds:0} s (cell timeout plus grace); the notebook's process was killed.";
        var signal = exitCode > 128 ? $", signal {exitCode - 128}" : "";
        // What the runtime said as it died ("Process terminated. <message>", "Out of memory."), without stack frames.
        var said = stderrHead.Concat(stderrTail).Where(l => l.Trim().Length > 0 && !char.IsWhiteSpace(l[0])).Take(3).ToList();
        return $"the notebook's process died (exit code {exitCode}{signal})" + (said.Count > 0 ? ": " + string.Join(" ", said) : ".");
    }

    static void Kill(Process process)
    {
        try { if (!process.HasExited) process.Kill(entireProcessTree: true); }
        catch (InvalidOperationException) { }
    }
}
