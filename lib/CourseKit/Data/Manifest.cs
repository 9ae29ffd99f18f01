using System.Text.Json;
using System.Text.Json.Serialization;

namespace CourseKit.Data;

/// <summary>One file described by <c>datasets/manifest.json</c>: where it is, its size and sha256, its licence, where it came from
/// and what it is for.</summary>
public sealed record ManifestEntry
{
    /// <summary>Path relative to the datasets folder (shipped files) or file name inside the full set's folder (external files).</summary>
    public required string Path { get; init; }
    public required long Size { get; init; }
    public required string Sha256 { get; init; }
    public required string Licence { get; init; }
    /// <summary>Debian package and version, or the generator that made the file.</summary>
    public required string Source { get; init; }
    public required string Purpose { get; init; }
    /// <summary>How the file was made from its source (copied verbatim, or the command that derived it).</summary>
    public string? Made { get; init; }
    /// <summary>sha256 of the decompressed bytes of a .gz file. For external files a copy whose gzip bytes differ (e.g. the upstream
    /// release instead of Debian's re-compressed one) is accepted when its content matches this.</summary>
    public string? ContentSha256 { get; init; }
    /// <summary>For external files: which set they belong to (e.g. <c>fashion-mnist-full</c>).</summary>
    public string? Set { get; init; }
}

/// <summary>The parsed <c>datasets/manifest.json</c>: every shipped file, and the known files of full sets that are not shipped.</summary>
public sealed record Manifest
{
    public int Version { get; init; } = 1;
    public string? Description { get; init; }
    public required IReadOnlyList<ManifestEntry> Files { get; init; }
    public IReadOnlyList<ManifestEntry> External { get; init; } = [];

    /// <summary>The folder this manifest was read from.</summary>
    [JsonIgnore] public string Root { get; init; } = "";

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    static Manifest? cached;
    static (string Path, DateTime Stamp) cachedKey;

    /// <summary>The manifest of <see cref="DataRoot.Find"/>, read once per change of the file.</summary>
    public static Manifest Current
    {
        get
        {
            var path = System.IO.Path.Combine(DataRoot.Find(), DataRoot.ManifestName);
            var stamp = File.GetLastWriteTimeUtc(path);
            if (cached is not null && cachedKey == (path, stamp)) return cached;
            cached = Load(path);
            cachedKey = (path, stamp);
            return cached;
        }
    }

    /// <summary>Reads a manifest file; a malformed one is an error naming the file.</summary>
    public static Manifest Load(string path)
    {
        try
        {
            var m = JsonSerializer.Deserialize<Manifest>(File.ReadAllText(path), Json)
                ?? throw new DatasetException($"{path} is empty.");
            return m with { Root = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))! };
        }
        catch (JsonException e)
        {
            throw new DatasetException($"{path} is not a valid manifest ({e.Message}). Restore it with 'git checkout -- datasets/{DataRoot.ManifestName}'.", e);
        }
    }

    /// <summary>Writes the manifest (used by the tools that regenerate it).</summary>
    public void Save(string path) => File.WriteAllText(path, JsonSerializer.Serialize(this, Json) + "\n");

    /// <summary>The entry of a shipped file, by its path relative to the datasets folder.</summary>
    public ManifestEntry Entry(string relativePath) =>
        Files.FirstOrDefault(f => f.Path == relativePath.Replace('\\', '/'))
        ?? throw new DatasetException($"datasets/{relativePath} is not listed in {System.IO.Path.Combine(Root, DataRoot.ManifestName)}. " +
            "Restore the manifest with 'git checkout -- datasets/manifest.json'.");

    /// <summary>The full path of a shipped file.</summary>
    public string FullPath(ManifestEntry entry) => System.IO.Path.Combine(Root, entry.Path);
}
