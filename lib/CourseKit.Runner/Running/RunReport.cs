using System.Text;

namespace CourseKit.Runner.Running;

/// <summary>The outcome of a whole run: one report per notebook, in the order given.</summary>
public sealed record RunReport(IReadOnlyList<NotebookReport> Notebooks, double Seconds)
{
    /// <summary>Notebooks whose every cell ran.</summary>
    public int Passed => Notebooks.Count(n => n.Passed);

    /// <summary>Notebooks that stopped at a failing cell.</summary>
    public int Failed => Notebooks.Count - Passed;

    /// <summary>The closing line, exactly <c>N passed, N failed</c>.</summary>
    public string Summary => $"{Passed} passed, {Failed} failed";

    /// <summary>A plain-text table: notebook, cells run, seconds, status.</summary>
    public string ToTable()
    {
        var width = Math.Max("notebook".Length, Notebooks.Select(n => n.Notebook.Length).DefaultIfEmpty(0).Max());
        var text = new StringBuilder();
        text.AppendLine($"{"notebook".PadRight(width)}  cells  seconds  status");
        foreach (var n in Notebooks)
            text.AppendLine($"{n.Notebook.PadRight(width)}  {n.CellsRun,5}  {n.Seconds,7:0.0}  {n.Status}");
        return text.ToString();
    }
}
