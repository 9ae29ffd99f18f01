namespace CourseKit.Runner.Execution;

/// <summary>One cell of a notebook: its 1-based number among all cells of the file (prose included), kernel and source.</summary>
public sealed record NotebookCell(int Number, string KernelName, string Code)
{
    /// <summary>True for cells a kernel runs; markdown cells are prose and are skipped.</summary>
    public bool IsCode => !KernelName.Equals("markdown", StringComparison.OrdinalIgnoreCase);

    /// <summary>The first non-blank line of the cell, as failure messages quote it.</summary>
    public string FirstLine => Code.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? "";
}
