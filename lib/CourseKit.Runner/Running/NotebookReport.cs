using System.Text.Json.Serialization;
using CourseKit.Runner.Execution;

namespace CourseKit.Runner.Running;

/// <summary>Time and outcome of one cell in a run (prose cells are <see cref="CellOutcome.Skipped"/>).</summary>
public sealed record CellReport(int Cell, CellOutcome Outcome, double Seconds);

/// <summary>The first failing cell of a notebook: its number (all cells counted from 1), first line, kind of failure and message.</summary>
public sealed record CellFailure(int Cell, string FirstLine, CellOutcome Outcome, string Message)
{
    /// <summary>The message's first line, as the summary quotes it.</summary>
    public string Summary => $"{Outcome.Describe()}: {Message.Split('\n')[0].Trim()}";
}

/// <summary>How one notebook went: passed or not, seconds, code cells run, the first failure, per-cell times, where its .ipynb is.</summary>
public sealed record NotebookReport(string Notebook, string Path, bool Passed, double Seconds, int CellsRun, CellFailure? Failure, IReadOnlyList<CellReport> Cells, string Ipynb)
{
    /// <summary><c>passed</c> or the kind of failure.</summary>
    public string Status => Passed ? "passed" : Failure?.Outcome.Describe() ?? "failed";

    /// <summary>The live line printed when it finishes, e.g. <c>02-depth cell 3: throw ... — exception: boom</c>.</summary>
    [JsonIgnore]
    public string Line => Passed
        ? $"{Notebook}: passed, {CellsRun} cells in {Seconds:0.0} s"
        : $"{Notebook} cell {Failure?.Cell}: {Failure?.FirstLine} — {Failure?.Summary}";
}
