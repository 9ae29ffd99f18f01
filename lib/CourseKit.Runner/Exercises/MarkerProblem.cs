namespace CourseKit.Runner.Exercises;

/// <summary>A malformed exercise marker: where it is (notebook file, cell counted from 1, line within the cell) and what is wrong.</summary>
public sealed record MarkerProblem(string Notebook, int Cell, int Line, string Message)
{
    /// <summary>"00-setup.dib cell 12 line 3: ...".</summary>
    public override string ToString() => $"{Notebook} cell {Cell}{(Line > 0 ? $" line {Line}" : "")}: {Message}";
}
