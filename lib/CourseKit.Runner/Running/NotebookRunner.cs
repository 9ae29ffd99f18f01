using System.Diagnostics;

namespace CourseKit.Runner.Running;

/// <summary>Runs notebooks headlessly, each in a fresh kernel in its own process, and writes the executed .ipynb files,
/// <c>run.json</c> and <c>results.json</c> into the output folder. The engine behind <c>coursekit run</c>.</summary>
public static class NotebookRunner
{
    /// <summary>Runs the notebooks <paramref name="paths"/> name (files or folders, see <see cref="NotebookPaths.Resolve"/>),
    /// calling <paramref name="finished"/> as each one ends. Throws <see cref="NotebookPathException"/> for bad paths.</summary>
    public static async Task<RunReport> RunAsync(IEnumerable<string> paths, RunOptions options, Action<NotebookReport>? finished = null, CancellationToken cancel = default)
    {
        var notebooks = NotebookPaths.Resolve(paths);
        if (options.Parallel < 1) throw new ArgumentOutOfRangeException(nameof(options), $"Parallel is {options.Parallel}: run at least one notebook at a time.");
        var clock = Stopwatch.StartNew();
        var output = Path.GetFullPath(options.OutputDirectory);
        Directory.CreateDirectory(output);
        var scratch = Directory.CreateTempSubdirectory("coursekit-run-").FullName;
        try
        {
            var environment = WorkerEnvironment(options);
            var ipynbNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var workers = notebooks.Select((path, i) =>
            {
                var name = Path.GetFileNameWithoutExtension(path);
                var ipynb = ipynbNames.Add(name) ? name : $"{name}-{i + 1}";
                return new WorkerProcess
                {
                    NotebookPath = path,
                    IpynbPath = Path.Combine(output, ipynb + ".ipynb"),
                    ResultsPath = Path.Combine(scratch, $"{i + 1:000}-{name}.jsonl"),
                    Options = options,
                    Environment = environment,
                };
            }).ToList();

            using var slots = new SemaphoreSlim(options.Parallel);
            var reports = await Task.WhenAll(workers.Select(async worker =>
            {
                await slots.WaitAsync(cancel);
                try
                {
                    var report = await worker.RunAsync(cancel);
                    finished?.Invoke(report);
                    return report;
                }
                finally { slots.Release(); }
            }));

            var run = new RunReport(reports, clock.Elapsed.TotalSeconds);
            RunArtifacts.WriteRun(output, run);
            RunArtifacts.WriteResults(output, reports.Zip(workers, (r, w) => (r.Notebook, w.ResultsPath)));
            return run;
        }
        finally
        {
            try { Directory.Delete(scratch, recursive: true); } catch (IOException) { }
        }
    }

    /// <summary>Variables every worker gets: the profile when chosen, and a share of the cores when several run at once.</summary>
    static Dictionary<string, string> WorkerEnvironment(RunOptions options)
    {
        var environment = new Dictionary<string, string>();
        if (options.Profile is not null) environment["COURSEKIT_PROFILE"] = options.Profile;
        if (options.Parallel > 1 && string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("COURSEKIT_THREADS")))
            environment["COURSEKIT_THREADS"] = Math.Max(1, Environment.ProcessorCount / options.Parallel).ToString();
        return environment;
    }
}
