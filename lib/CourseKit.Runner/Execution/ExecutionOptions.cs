namespace CourseKit.Runner.Execution;

/// <summary>How <see cref="NotebookExecutor"/> runs a list of cells: the time each may take, whether to stop at the
/// first failure (a run does; grading may go on), and callbacks as each cell starts and finishes.</summary>
public sealed record ExecutionOptions
{
    /// <summary>The default time a cell may run: ten minutes.</summary>
    public static readonly TimeSpan DefaultCellTimeout = TimeSpan.FromSeconds(600);

    /// <summary>Longest time one cell may run before it is reported as a timeout.</summary>
    public TimeSpan CellTimeout { get; init; } = DefaultCellTimeout;

    /// <summary>Leave the remaining cells <see cref="CellOutcome.NotRun"/> after a failure.</summary>
    public bool StopAtFirstFailure { get; init; } = true;

    /// <summary>Called before a code cell is sent to the kernel.</summary>
    public Action<NotebookCell>? CellStarted { get; init; }

    /// <summary>Called with every cell's result, prose and not-run cells included.</summary>
    public Action<CellResult>? CellFinished { get; init; }
}
