using CourseKit.Runner.Execution;

namespace CourseKit.Runner.Exercises;

/// <summary>Reads and validates exercise markers in a notebook's C# cells (markdown cells may mention them freely).</summary>
public static class MarkerParser
{
    /// <summary>Parses every marker of <paramref name="notebook"/>, collecting problems instead of throwing.</summary>
    public static ExerciseNotebook Parse(DibNotebook notebook)
    {
        var file = Path.GetFileName(notebook.Path);
        var problems = new List<MarkerProblem>();
        var exercises = new List<(string Id, int Points, string Title, int Cell)>();
        var exerciseCells = new Dictionary<int, string>();
        var checkCells = new Dictionary<int, string>();
        var checks = new List<(string Id, int Cell, int Line)>();

        foreach (var cell in notebook.Cells.Where(c => c.IsCode))
        {
            void Problem(int line, string message) => problems.Add(new MarkerProblem(file, cell.Number, line, message));
            var lines = Markers.Lines(cell.Code);
            var first = Array.FindIndex(lines, l => l.Trim().Length > 0);
            var kind = "";
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i].Trim();
                if (line.StartsWith("// EXERCISE", StringComparison.Ordinal) || line.StartsWith("// CHECK", StringComparison.Ordinal))
                {
                    var isExercise = line.StartsWith("// EXERCISE", StringComparison.Ordinal);
                    if (i != first)
                    {
                        Problem(i + 1, $"'{line}' must be the first line of its cell.");
                        continue;
                    }
                    if (isExercise && Markers.ExerciseLine().Match(line) is { Success: true } e)
                    {
                        var id = e.Groups["id"].Value;
                        var points = int.Parse(e.Groups["points"].Value);
                        if (points <= 0) Problem(i + 1, $"exercise {id} is worth {points} points: give it at least 1.");
                        if (exercises.Any(x => x.Id == id)) Problem(i + 1, $"duplicate exercise id {id} (first in cell {exercises.First(x => x.Id == id).Cell}).");
                        else
                        {
                            exercises.Add((id, points, e.Groups["title"].Value.Trim(), cell.Number));
                            exerciseCells[cell.Number] = id;
                        }
                        kind = "exercise";
                    }
                    else if (!isExercise && Markers.CheckLine().Match(line) is { Success: true } c)
                    {
                        checks.Add((c.Groups["id"].Value, cell.Number, i + 1));
                        kind = "check";
                    }
                    else Problem(i + 1, isExercise
                        ? $"malformed exercise line '{line}': expected '// EXERCISE <id> (<n> point[s])[: title]', e.g. '// EXERCISE 4.2 (2 points): backward rule for exp'."
                        : $"malformed check line '{line}': expected '// CHECK <id>'.");
                }
                else if (Markers.MarkerLike().IsMatch(line) && line is not (Markers.BeginSolution or Markers.EndSolution or Markers.BeginHidden or Markers.EndHidden))
                    Problem(i + 1, $"'{line}' looks like a marker but is not one: write exactly '{Markers.BeginSolution}', '{Markers.EndSolution}', '{Markers.BeginHidden}', '{Markers.EndHidden}', '// EXERCISE <id> (<n> points)' or '// CHECK <id>'.");
            }
            ValidateRegions(lines, kind, Problem);
            if (kind == "exercise" && exerciseCells.ContainsKey(cell.Number))
            {
                if (!lines.Any(l => l.Trim() == Markers.BeginSolution))
                    Problem(first + 1, "an exercise cell needs a '// BEGIN SOLUTION' ... '// END SOLUTION' region, else its student copy holds the answer.");
                else if (problems.All(p => p.Cell != cell.Number))
                    foreach (var layout in StudentStub.LayoutProblems(cell.Code, exerciseCells[cell.Number], exercises[^1].Title))
                        Problem(layout.Line, layout.Message);
            }
        }

        var byId = exercises.ToDictionary(e => e.Id);
        foreach (var (id, cell, line) in checks)
        {
            if (!byId.TryGetValue(id, out var exercise))
                problems.Add(new MarkerProblem(file, cell, line, $"CHECK {id} names no exercise of this notebook (exercises: {(exercises.Count == 0 ? "none" : string.Join(", ", exercises.Select(e => e.Id)))})."));
            else if (cell < exercise.Cell)
                problems.Add(new MarkerProblem(file, cell, line, $"CHECK {id} comes before its exercise cell ({exercise.Cell})."));
            else checkCells[cell] = id;
        }
        foreach (var e in exercises.Where(e => !checkCells.ContainsValue(e.Id)))
            problems.Add(new MarkerProblem(file, e.Cell, 1, $"exercise {e.Id} has no check cell: add a cell starting with '// CHECK {e.Id}' after it."));

        var list = exercises.Select(e => new Exercise(e.Id, e.Points, e.Title, e.Cell,
            checkCells.Where(c => c.Value == e.Id).Select(c => c.Key).Order().ToList())).ToList();
        return new ExerciseNotebook(notebook, list, exerciseCells, checkCells,
            problems.OrderBy(p => p.Cell).ThenBy(p => p.Line).ToList());
    }

    static void ValidateRegions(string[] lines, string kind, Action<int, string> problem)
    {
        (string Begin, int Line)? open = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line is Markers.BeginSolution or Markers.BeginHidden)
            {
                var (owner, region) = line == Markers.BeginSolution ? ("exercise", "a solution region") : ("check", "hidden checks");
                if (open is { } o) problem(i + 1, $"'{line}' inside the region opened by '{o.Begin}' on line {o.Line}: regions do not nest; close it first.");
                else if (kind != owner) problem(i + 1, $"{region} outside {(owner == "exercise" ? "an exercise cell ('// EXERCISE ...' first line)" : "a check cell ('// CHECK <id>' first line)")}.");
                open = (line, i + 1);
            }
            else if (line is Markers.EndSolution or Markers.EndHidden)
            {
                var begin = line == Markers.EndSolution ? Markers.BeginSolution : Markers.BeginHidden;
                if (open is null) problem(i + 1, $"'{line}' without a '{begin}' before it.");
                else if (open.Value.Begin != begin) problem(i + 1, $"'{line}' closes '{open.Value.Begin}' (line {open.Value.Line}): expected '{(open.Value.Begin == Markers.BeginSolution ? Markers.EndSolution : Markers.EndHidden)}'.");
                open = null;
            }
        }
        if (open is { } unclosed)
            problem(unclosed.Line, $"'{unclosed.Begin}' is never closed in this cell.");
    }
}
