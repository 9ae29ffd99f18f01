using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using CourseKit.Runner.Execution;
using CourseKit.Runner.Running;

namespace CourseKit.Runner.Exercises;

/// <summary>Settings of <c>coursekit grade</c>.</summary>
public sealed record GradeOptions
{
    /// <summary>Longest time one cell may run; a submission's cell that runs longer scores its exercise 0.</summary>
    public TimeSpan CellTimeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>Refuse exercise cells that touch names or APIs the checks depend on (see <see cref="SubmissionScreen"/>). Tests turn it off to prove the next line of defence.</summary>
    public bool Screen { get; init; } = true;

    /// <summary>The CLI assembly that hosts workers; null finds it next to this library.</summary>
    public string? WorkerAssembly { get; init; }
}

/// <summary>Grades a submission against the instructor's notebook (the engine behind <c>coursekit grade</c>): the
/// instructor's notebook runs with only its exercise cells taken from the submission, in a fresh worker process that
/// keeps going after failures. An exercise earns its points when its exercise cell and every one of its CHECK cells were
/// observed to complete. A cell that hangs or kills the process fails its exercise; grading then restarts from the top
/// with that exercise's stub in place and its checks skipped.</summary>
public static partial class Grader
{
    /// <summary>Grades one submission .dib against <paramref name="sourcePath"/>. Throws <see cref="MarkerException"/> when the source's markers are malformed.</summary>
    public static async Task<GradeReport> GradeAsync(string submissionPath, string sourcePath, GradeOptions options, CancellationToken cancel = default)
    {
        var clock = Stopwatch.StartNew();
        var source = ExerciseNotebook.Load(Path.GetFullPath(sourcePath)).ThrowIfInvalid();
        var submitted = SubmittedExerciseCells(DibNotebook.Load(submissionPath));
        var protectedNames = SubmissionScreen.ProtectedNames(source);

        var fixedScores = new Dictionary<string, ExerciseScore>();
        foreach (var e in source.Exercises)
        {
            if (!submitted.TryGetValue(e.Id, out var code))
                fixedScores[e.Id] = new ExerciseScore(e.Id, e.Points, 0, "missing", $"the submission has no '// EXERCISE {e.Id}' cell.");
            else if (options.Screen && SubmissionScreen.Refusal(code, protectedNames) is { } why)
                fixedScores[e.Id] = new ExerciseScore(e.Id, e.Points, 0, "refused", why);
        }

        // Nothing of the submission would run: no need to start a kernel.
        if (source.Exercises.All(e => fixedScores.ContainsKey(e.Id)))
            return new GradeReport(Path.GetFileName(submissionPath), source.Exercises.Select(e => fixedScores[e.Id]).ToList(), [], clock.Elapsed.TotalSeconds, 0);

        var scratch = Directory.CreateTempSubdirectory("coursekit-grade-").FullName;
        try
        {
            for (var run = 1; ; run++)
            {
                var cells = Assemble(source, submitted, fixedScores);
                var report = await RunAsync(source, cells, scratch, run, options, cancel);
                var byCell = report.Cells.ToDictionary(c => c.Cell);
                var dead = report.Cells.FirstOrDefault(c => c.Outcome is CellOutcome.Timeout or CellOutcome.Crashed)
                           ?? (report.Failure is { Outcome: CellOutcome.Timeout or CellOutcome.Crashed } f ? new CellReport(f.Cell, f.Outcome, 0, f.Message) : null);
                var blamed = dead is null ? null : Blame(source, dead.Cell, fixedScores);
                if (dead is not null && blamed is not null && run <= source.Exercises.Count)
                {
                    var what = dead.Outcome == CellOutcome.Timeout ? "timeout" : "crashed";
                    fixedScores[blamed.Id] = new ExerciseScore(blamed.Id, blamed.Points, 0, what,
                        $"cell {dead.Cell} {(dead.Outcome == CellOutcome.Timeout ? $"ran past the {options.CellTimeout.TotalSeconds:0.#} s cell timeout" : "ended the process")}: {FirstLine(dead.Error)}; graded the rest in a fresh kernel without it.");
                    continue;
                }
                var warnings = new List<string>();
                if (dead is not null)
                    warnings.Add($"the instructor's notebook cell {dead.Cell} ({source.Notebook.Cells[dead.Cell - 1].FirstLine}) {dead.Outcome.Describe()}: {FirstLine(dead.Error)} — the instructor's notebook is broken here, not the submission.");
                foreach (var c in report.Cells.Where(c => c.Outcome is CellOutcome.Exception or CellOutcome.CompileError))
                    if (!source.ExerciseCells.ContainsKey(c.Cell) && !source.CheckCells.ContainsKey(c.Cell))
                        warnings.Add($"the instructor's notebook cell {c.Cell} ({source.Notebook.Cells[c.Cell - 1].FirstLine}) failed ({c.Outcome.Describe()}: {FirstLine(c.Error)}): the instructor's notebook is broken, or an exercise cell above changed what it uses.");
                var scores = source.Exercises.Select(e => fixedScores.TryGetValue(e.Id, out var s) ? s : Score(e, byCell)).ToList();
                return new GradeReport(Path.GetFileName(submissionPath), scores, warnings, clock.Elapsed.TotalSeconds, run);
            }
        }
        finally
        {
            try { Directory.Delete(scratch, recursive: true); } catch (IOException) { }
        }
    }

    /// <summary>The submission's exercise cells by id (the first cell of each id; cells are recognised by their marker line only).</summary>
    public static IReadOnlyDictionary<string, string> SubmittedExerciseCells(DibNotebook submission)
    {
        var cells = new Dictionary<string, string>();
        foreach (var cell in submission.Cells.Where(c => c.IsCode))
            if (Markers.ExerciseLine().Match(cell.FirstLine) is { Success: true } m)
                cells.TryAdd(m.Groups["id"].Value, cell.Code);
        return cells;
    }

    /// <summary>The notebook to run: the instructor's cells, each exercise cell replaced by the submission's (or by the stub
    /// when it is missing, refused or already failed by a hang or crash), check cells qualified to the real check helpers,
    /// and the checks of a hung or crashed exercise left out.</summary>
    static List<NotebookCell> Assemble(ExerciseNotebook source, IReadOnlyDictionary<string, string> submitted, IReadOnlyDictionary<string, ExerciseScore> fixedScores)
    {
        var byId = source.Exercises.ToDictionary(e => e.Id);
        return source.Notebook.Cells.Select(cell =>
        {
            if (source.ExerciseCells.TryGetValue(cell.Number, out var id))
                return cell with { Code = !fixedScores.ContainsKey(id) ? submitted[id] : StudentStub.ExerciseCell(cell.Code, id, byId[id].Title) };
            if (source.CheckCells.TryGetValue(cell.Number, out var checkId))
                return cell with { Code = fixedScores.TryGetValue(checkId, out var s) && s.Status is "timeout" or "crashed" ? $"// CHECK {checkId}: skipped ({s.Status})" : Qualify(cell.Code) };
            return cell;
        }).ToList();
    }

    /// <summary>Check cells call <c>global::CourseKit.Exercises.Check</c>, whatever a submission declared named <c>Check</c>.</summary>
    static string Qualify(string code) => CheckName().Replace(code, "global::CourseKit.Exercises.$1");

    [GeneratedRegex(@"(?<![\w.:@])(Check(?=\s*\.)|CheckFailedException\b)")]
    private static partial Regex CheckName();

    static async Task<NotebookReport> RunAsync(ExerciseNotebook source, List<NotebookCell> cells, string scratch, int run, GradeOptions options, CancellationToken cancel)
    {
        var path = Path.Combine(scratch, $"{source.Notebook.Name}-run{run}.dib");
        File.WriteAllText(path, DibWriter.ToText(source.Notebook, cells));
        var worker = new WorkerProcess
        {
            NotebookPath = path,
            IpynbPath = Path.ChangeExtension(path, ".ipynb"),
            ResultsPath = Path.ChangeExtension(path, ".jsonl"),
            WorkingDirectory = Path.GetDirectoryName(source.Notebook.Path),
            Options = new RunOptions { CellTimeout = options.CellTimeout, WatchdogGrace = TimeSpan.FromSeconds(15), WorkerAssembly = options.WorkerAssembly },
            Environment = new Dictionary<string, string>(),
            KeepGoing = true,
            Nonce = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)),
        };
        return await worker.RunAsync(cancel);
    }

    /// <summary>The exercise to blame for a hang or crash in <paramref name="cell"/>: the one it belongs to, else the last
    /// exercise above it whose submitted code ran; null when no submitted code ran before it.</summary>
    static Exercise? Blame(ExerciseNotebook source, int cell, IReadOnlyDictionary<string, ExerciseScore> fixedScores)
    {
        var id = source.ExerciseCells.GetValueOrDefault(cell) ?? source.CheckCells.GetValueOrDefault(cell);
        if (id is not null && !fixedScores.ContainsKey(id)) return source.Exercises.First(e => e.Id == id);
        return source.Exercises.LastOrDefault(e => e.Cell <= cell && !fixedScores.ContainsKey(e.Id));
    }

    static ExerciseScore Score(Exercise e, IReadOnlyDictionary<int, CellReport> cells)
    {
        var exercise = cells.GetValueOrDefault(e.Cell);
        if (exercise is null || exercise.Outcome != CellOutcome.Succeeded)
            return new ExerciseScore(e.Id, e.Points, 0, exercise?.Outcome.Describe() ?? "not run", $"exercise cell {e.Cell}: {FirstLine(exercise?.Error) ?? "did not run"}");
        foreach (var number in e.CheckCells)
        {
            var check = cells.GetValueOrDefault(number);
            if (check is { Outcome: CellOutcome.Succeeded }) continue;
            var status = check?.Outcome is CellOutcome.Exception ? "failed" : check?.Outcome.Describe() ?? "not run";
            return new ExerciseScore(e.Id, e.Points, 0, status, $"check cell {number}: {FirstLine(check?.Error) ?? "did not complete"}");
        }
        return new ExerciseScore(e.Id, e.Points, e.Points, "passed", "");
    }

    static string? FirstLine(string? text) => text?.Split('\n')[0].Trim();
}
