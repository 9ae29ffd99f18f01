using System.Text.RegularExpressions;
using CourseKit.Runner.Execution;
using CourseKit.Runner.Running;

namespace CourseKit.Runner.Exercises;

/// <summary>What <see cref="StudentVersion.Write"/> wrote: each student notebook, the shared includes copied, and how many
/// relative paths were rewritten so the copies still find the repository's lib/ and datasets/.</summary>
public sealed record StudentOutput(IReadOnlyList<string> Notebooks, IReadOnlyList<string> Includes, int PathsRewritten);

/// <summary>Makes student versions of notebooks (the engine behind <c>coursekit student</c>): solutions become stubs,
/// hidden checks disappear, everything else is kept. Sources are never modified.</summary>
public static class StudentVersion
{
    /// <summary>The student version of one notebook's cells (the notebook must be free of marker problems).</summary>
    public static IReadOnlyList<NotebookCell> Cells(ExerciseNotebook notebook)
    {
        var byId = notebook.Exercises.ToDictionary(e => e.Id);
        return notebook.Notebook.Cells.Select(cell =>
            notebook.ExerciseCells.TryGetValue(cell.Number, out var id) ? cell with { Code = StudentStub.ExerciseCell(cell.Code, id, byId[id].Title) }
            : notebook.CheckCells.ContainsKey(cell.Number) ? cell with { Code = StudentStub.CheckCell(cell.Code) }
            : cell).ToList();
    }

    /// <summary>Writes the student version of every notebook <paramref name="sources"/> name (files or folders, as for
    /// <c>coursekit run</c>) into <paramref name="outDir"/>, with the source folders' <c>_*.dib</c> includes. Nothing is
    /// written when any notebook has marker problems (<see cref="MarkerException"/>). When <paramref name="outDir"/> is not
    /// a sibling of the source folder, paths such as <c>"../lib/..."</c> are rewritten to reach the same folders from it.</summary>
    public static StudentOutput Write(IEnumerable<string> sources, string outDir)
    {
        var paths = NotebookPaths.Resolve(sources);
        var parsed = paths.Select(ExerciseNotebook.Load).ToList();
        var problems = parsed.SelectMany(p => p.Problems).ToList();
        if (problems.Count > 0) throw new MarkerException(problems);

        var output = Path.GetFullPath(outDir);
        var folders = paths.Select(p => Path.GetDirectoryName(p)!).Distinct().ToList();
        if (folders.Any(f => SamePath(f, output)))
            throw new ArgumentException($"--out {outDir} is a source folder: student versions would overwrite the sources. Choose another folder, e.g. dist/student.");
        var clashes = paths.GroupBy(Path.GetFileName, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (clashes.Count > 0) throw new ArgumentException($"several sources share the file name {string.Join(", ", clashes)}: they would overwrite each other in {outDir}.");

        Directory.CreateDirectory(output);
        var rewritten = 0;
        var includes = new List<string>();
        foreach (var folder in folders)
            foreach (var include in Directory.GetFiles(folder, "_*.dib").Order(StringComparer.Ordinal))
            {
                var target = Path.Combine(output, Path.GetFileName(include));
                var notebook = DibNotebook.Load(include);
                File.WriteAllText(target, DibWriter.ToText(notebook, Rebase(notebook.Cells, folder, output, ref rewritten)));
                includes.Add(target);
            }
        var written = new List<string>();
        foreach (var notebook in parsed)
        {
            var target = Path.Combine(output, Path.GetFileName(notebook.Notebook.Path));
            var folder = Path.GetDirectoryName(notebook.Notebook.Path)!;
            File.WriteAllText(target, DibWriter.ToText(notebook.Notebook, Rebase(Cells(notebook), folder, output, ref rewritten)));
            written.Add(target);
        }
        return new StudentOutput(written, includes, rewritten);
    }

    /// <summary>Rewrites string literals that climb out of <paramref name="from"/> into one of its parent's folders
    /// (<c>"../lib/..."</c>, <c>Path.Combine("..", "lib", ...)</c>) so they reach the same folder from <paramref name="to"/>.</summary>
    static List<NotebookCell> Rebase(IEnumerable<NotebookCell> cells, string from, string to, ref int count)
    {
        var parent = Path.GetDirectoryName(from)!;
        if (SamePath(Path.GetDirectoryName(to)!, parent)) return cells.ToList();
        var up = Path.GetRelativePath(to, parent).Replace('\\', '/');
        var roots = string.Join("|", Directory.GetDirectories(parent).Select(d => Regex.Escape(Path.GetFileName(d))));
        if (roots.Length == 0) return cells.ToList();
        var slash = new Regex($@"""\.\./(?=(?:{roots})(?:/|""))");
        var combine = new Regex($@"""\.\.""(?=\s*,\s*""(?:{roots})"")");
        var segments = string.Join(", ", up.Split('/').Select(s => $"\"{s}\""));
        var n = 0;
        var result = cells.Select(c =>
        {
            if (!c.IsCode) return c;
            var code = slash.Replace(c.Code, _ => { n++; return $"\"{up}/"; });
            code = combine.Replace(code, _ => { n++; return segments; });
            return c with { Code = code };
        }).ToList();
        count += n;
        return result;
    }

    static bool SamePath(string a, string b) =>
        string.Equals(Path.TrimEndingDirectorySeparator(Path.GetFullPath(a)), Path.TrimEndingDirectorySeparator(Path.GetFullPath(b)), StringComparison.Ordinal);
}
