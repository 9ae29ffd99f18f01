using CourseKit.Runner.Execution;

namespace CourseKit.Runner.Exercises;

/// <summary>A notebook read for its exercise markers: its exercises in order, which cell is an exercise or check cell
/// of which id, and every malformed marker found (empty when the notebook is well-formed).</summary>
public sealed class ExerciseNotebook
{
    internal ExerciseNotebook(DibNotebook notebook, IReadOnlyList<Exercise> exercises, IReadOnlyDictionary<int, string> exerciseCells,
        IReadOnlyDictionary<int, string> checkCells, IReadOnlyList<MarkerProblem> problems)
    {
        Notebook = notebook;
        Exercises = exercises;
        ExerciseCells = exerciseCells;
        CheckCells = checkCells;
        Problems = problems;
    }

    /// <summary>The parsed notebook.</summary>
    public DibNotebook Notebook { get; }

    /// <summary>The exercises in file order.</summary>
    public IReadOnlyList<Exercise> Exercises { get; }

    /// <summary>Exercise id by the number of its exercise cell.</summary>
    public IReadOnlyDictionary<int, string> ExerciseCells { get; }

    /// <summary>Exercise id by the number of each of its check cells.</summary>
    public IReadOnlyDictionary<int, string> CheckCells { get; }

    /// <summary>Malformed markers, in file order.</summary>
    public IReadOnlyList<MarkerProblem> Problems { get; }

    /// <summary>Total points on offer.</summary>
    public int MaxPoints => Exercises.Sum(e => e.Points);

    /// <summary>Reads a .dib file and its markers.</summary>
    public static ExerciseNotebook Load(string path) => MarkerParser.Parse(DibNotebook.Load(path));

    /// <summary>Throws <see cref="MarkerException"/> listing every problem, if there are any.</summary>
    public ExerciseNotebook ThrowIfInvalid() =>
        Problems.Count == 0 ? this : throw new MarkerException(Problems);
}

/// <summary>A notebook's exercise markers are malformed; the message lists each problem with notebook, cell and line.</summary>
public sealed class MarkerException(IReadOnlyList<MarkerProblem> problems)
    : Exception(string.Join(Environment.NewLine, problems.Select(p => p.ToString())))
{
    /// <summary>The problems found.</summary>
    public IReadOnlyList<MarkerProblem> Problems { get; } = problems;
}
