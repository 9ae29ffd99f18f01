namespace CourseKit.Runner.Exercises;

/// <summary>One exercise of a notebook: its id, points and title from the <c>// EXERCISE</c> line, the number of its
/// exercise cell and of its <c>// CHECK</c> cells (cells counted from 1, prose included).</summary>
public sealed record Exercise(string Id, int Points, string Title, int Cell, IReadOnlyList<int> CheckCells)
{
    /// <summary>"0.1 (accuracy by hand)", or just the id when there is no title, as messages name it.</summary>
    public string Label => Title.Length > 0 ? $"{Id} ({Title})" : Id;
}
