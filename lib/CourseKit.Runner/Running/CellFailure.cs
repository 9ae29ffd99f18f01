using CourseKit.Runner.Execution;

namespace CourseKit.Runner.Running;

/// <summary>The first failing cell of a notebook: its number (all cells counted from 1), first line, kind of failure and message.</summary>
public sealed record CellFailure(int Cell, string FirstLine, CellOutcome Outcome, string Message)
{
    /// <summary>The message's first line, as the summary quotes it.</summary>
    public string Summary => $"{Outcome.Describe()}: {Message.Split('\n')[0].Trim()}";
}
