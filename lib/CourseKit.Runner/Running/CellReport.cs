using CourseKit.Runner.Execution;

namespace CourseKit.Runner.Running;

/// <summary>Time and outcome of one cell in a run (prose cells are <see cref="CellOutcome.Skipped"/>), and its error message when it failed.</summary>
public sealed record CellReport(int Cell, CellOutcome Outcome, double Seconds, string? Error = null);
