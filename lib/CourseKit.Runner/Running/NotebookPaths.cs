namespace CourseKit.Runner.Running;

/// <summary>A path given to <c>coursekit run</c> that is not a .dib notebook or a folder holding some.</summary>
public sealed class NotebookPathException(string message) : Exception(message);

/// <summary>Turns the paths given to <c>coursekit run</c> into notebook files.</summary>
public static class NotebookPaths
{
    /// <summary>Each .dib file as given; each folder's .dib files in name order, skipping shared includes named <c>_*.dib</c>.
    /// Throws <see cref="NotebookPathException"/> naming every path that is missing or not a notebook.</summary>
    public static IReadOnlyList<string> Resolve(IEnumerable<string> paths)
    {
        var notebooks = new List<string>();
        var problems = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var found = Directory.GetFiles(path, "*.dib")
                    .Where(f => !Path.GetFileName(f).StartsWith('_'))
                    .Order(StringComparer.Ordinal)
                    .ToList();
                if (found.Count == 0) problems.Add($"{path}: the folder holds no .dib notebooks (files named _*.dib are shared includes and are not run).");
                notebooks.AddRange(found.Select(Path.GetFullPath));
            }
            else if (!File.Exists(path))
                problems.Add($"{path}: no such file or folder.");
            else if (!path.EndsWith(".dib", StringComparison.OrdinalIgnoreCase))
                problems.Add($"{path}: not a .dib notebook (give .dib files or folders holding them).");
            else
                notebooks.Add(Path.GetFullPath(path));
        }
        if (problems.Count > 0) throw new NotebookPathException(string.Join(Environment.NewLine, problems));
        if (notebooks.Count == 0) throw new NotebookPathException("No notebooks to run: give .dib files or folders holding them.");
        return notebooks.Distinct().ToList();
    }
}
