using CourseKit.Runner.Execution;

namespace CourseKit.Runner.Running;

/// <summary>Settings of a <c>coursekit run</c>: where outputs go, how long a cell may take, the profile, how many notebooks at once.</summary>
public sealed record RunOptions
{
    /// <summary>Folder for the executed .ipynb files, <c>run.json</c> and <c>results.json</c>.</summary>
    public string OutputDirectory { get; init; } = Path.Combine("artifacts", "notebooks");

    /// <summary>Longest time one cell may run.</summary>
    public TimeSpan CellTimeout { get; init; } = ExecutionOptions.DefaultCellTimeout;

    /// <summary>Extra time the parent allows a silent worker past <see cref="CellTimeout"/> before it kills it.</summary>
    public TimeSpan WatchdogGrace { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary><c>smoke</c> or <c>full</c>, passed to notebooks as <c>COURSEKIT_PROFILE</c>; null keeps the environment's.</summary>
    public string? Profile { get; init; }

    /// <summary>Notebooks run at once, each in its own process. Above 1, <c>COURSEKIT_THREADS</c> is set to share the cores.</summary>
    public int Parallel { get; init; } = 1;

    /// <summary>The CLI assembly started as <c>dotnet DLL run-worker ...</c>; null finds <c>CourseKit.Cli.dll</c> next to this library.</summary>
    public string? WorkerAssembly { get; init; }
}
