namespace CourseKit.Data;

/// <summary>Finds the course's <c>datasets/</c> folder (the one holding <c>manifest.json</c>) from a notebook, a test or the CLI.</summary>
public static class DataRoot
{
    /// <summary>Name of the manifest file that marks the folder.</summary>
    public const string ManifestName = "manifest.json";

    static string? cached;

    /// <summary>The datasets folder: <c>COURSEKIT_DATASETS</c> if set, else the first <c>datasets/manifest.json</c> found walking up
    /// from the current directory, then from this assembly's folder.</summary>
    public static string Find()
    {
        var overridden = Environment.GetEnvironmentVariable(Settings.DatasetsVariable);
        if (!string.IsNullOrWhiteSpace(overridden))
        {
            var full = Path.GetFullPath(overridden.Trim());
            if (!File.Exists(Path.Combine(full, ManifestName)))
                throw new DatasetException($"{Settings.DatasetsVariable}='{overridden}', but {Path.Combine(full, ManifestName)} does not exist. " +
                    "Point it at the repository's datasets/ folder, or unset it to search from the current folder.");
            return full;
        }
        if (cached is not null && File.Exists(Path.Combine(cached, ManifestName))) return cached;
        var starts = new[] { Environment.CurrentDirectory, Path.GetDirectoryName(typeof(DataRoot).Assembly.Location) };
        foreach (var start in starts)
        {
            var found = Search(start);
            if (found is not null) return cached = found;
        }
        throw new DatasetException($"Could not find datasets/{ManifestName} above '{Environment.CurrentDirectory}' or above the CourseKit library " +
            $"('{starts[1]}'). Run from inside the course repository, or set {Settings.DatasetsVariable} to its datasets/ folder.");
    }

    /// <summary>Walks up from <paramref name="start"/> looking for <c>datasets/manifest.json</c>; null when there is none.</summary>
    public static string? Search(string? start)
    {
        for (var dir = string.IsNullOrEmpty(start) ? null : new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "datasets");
            if (File.Exists(Path.Combine(candidate, ManifestName))) return candidate;
        }
        return null;
    }
}
