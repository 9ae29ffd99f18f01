using Microsoft.DotNet.Interactive.Documents;

namespace CourseKit.Runner.Execution;

/// <summary>What running one cell gave: outcome, time, error message (null on success) and the outputs it displayed.</summary>
public sealed record CellResult(NotebookCell Cell, CellOutcome Outcome, double Seconds, string? Error, IReadOnlyList<InteractiveDocumentOutputElement> Outputs)
{
    /// <summary>True when this cell failed its notebook.</summary>
    public bool Failed => Outcome.IsFailure();
}
