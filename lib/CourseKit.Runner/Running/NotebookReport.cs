using System.Text.Json.Serialization;
using CourseKit.Runner.Execution;

namespace CourseKit.Runner.Running;

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
