namespace CourseKit.Runner.Execution;

/// <summary>How a cell ended. Grading tells a compile error from an exception from a timeout.</summary>
public enum CellOutcome
{
    /// <summary>Ran to completion.</summary>
    Succeeded,
    /// <summary>Prose: not executed.</summary>
    Skipped,
    /// <summary>Not reached because an earlier cell failed.</summary>
    NotRun,
    /// <summary>Did not compile.</summary>
    CompileError,
    /// <summary>Compiled, then threw (or a magic command failed).</summary>
    Exception,
    /// <summary>Ran past the cell timeout; the kernel is left busy and its process should end.</summary>
    Timeout,
    /// <summary>The process running it died (FailFast, native abort, out of memory).</summary>
    Crashed,
}

/// <summary>Helpers on <see cref="CellOutcome"/>.</summary>
public static class CellOutcomeExtensions
{
    /// <summary>True for outcomes that fail a notebook.</summary>
    public static bool IsFailure(this CellOutcome outcome) =>
        outcome is CellOutcome.CompileError or CellOutcome.Exception or CellOutcome.Timeout or CellOutcome.Crashed;

    /// <summary>Words for reports: "compile error", "timeout", ...</summary>
    public static string Describe(this CellOutcome outcome) => outcome switch
    {
        CellOutcome.CompileError => "compile error",
        CellOutcome.NotRun => "not run",
        _ => outcome.ToString().ToLowerInvariant(),
    };
}
