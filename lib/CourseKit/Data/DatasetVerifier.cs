using System.Security.Cryptography;
using System.Text.Json;

namespace CourseKit.Data;

/// <summary>The outcome of checking one file against its manifest entry.</summary>
public sealed record VerifyResult(string File, bool Ok, string Expected, string? Actual, string Message);

/// <summary>Checks data files against the sha256 in the manifest before they are used. A file that passed once is remembered by
/// path, size and modification time in a small cache outside datasets/ (<c>COURSEKIT_CACHE</c>, default ~/.cache/coursekit), so
/// notebooks do not re-hash on every load.</summary>
public static class DatasetVerifier
{
    static readonly object gate = new();
    static Dictionary<string, CacheRecord>? memory;

    sealed record CacheRecord(long Size, long MtimeTicks, string Sha256);

    /// <summary>The cache file of verified files.</summary>
    public static string CacheFile
    {
        get
        {
            var dir = Environment.GetEnvironmentVariable(Settings.CacheVariable);
            if (string.IsNullOrWhiteSpace(dir))
            {
                var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
                dir = !string.IsNullOrWhiteSpace(xdg) ? Path.Combine(xdg, "coursekit")
                    : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "coursekit");
            }
            return Path.Combine(dir, "verified-datasets.json");
        }
    }

    /// <summary>Returns the path of a shipped file after checking it; throws <see cref="DatasetException"/> when it is missing or altered.</summary>
    public static string Require(string relativePath)
    {
        var manifest = Manifest.Current;
        var entry = manifest.Entry(relativePath);
        var path = manifest.FullPath(entry);
        var result = Verify(path, entry, useCache: true);
        if (!result.Ok) throw new DatasetException(result.Message);
        return path;
    }

    /// <summary>Checks an external file (e.g. the full Fashion-MNIST set) against the manifest's entry for its name; throws when it differs.</summary>
    public static void RequireExternal(string path, ManifestEntry entry)
    {
        var result = Verify(path, entry, useCache: true, restoreHint: ExternalHint, acceptSameContent: true);
        if (!result.Ok) throw new DatasetException(result.Message);
    }

    /// <summary>How to restore a damaged file of the full Fashion-MNIST set.</summary>
    public const string ExternalHint = "Reinstall it (apt-get install --reinstall dataset-fashion-mnist) or copy the original file again.";

    /// <summary>Checks every shipped file, hashing each one again (the cache is refreshed, not trusted).</summary>
    public static IReadOnlyList<VerifyResult> VerifyAll(Manifest? manifest = null)
    {
        manifest ??= Manifest.Current;
        return manifest.Files.Select(e => Verify(manifest.FullPath(e), e, useCache: false)).ToList();
    }

    /// <summary>Checks one file against one entry: existence, size, then sha256 (skipped when the cache vouches for this exact file).</summary>
    public static VerifyResult Verify(string path, ManifestEntry entry, bool useCache, string? restoreHint = null, bool acceptSameContent = false)
    {
        var hint = restoreHint ?? $"Restore it with 'git checkout -- datasets/{entry.Path}' (from the repository root).";
        var info = new FileInfo(path);
        if (!info.Exists)
            return new VerifyResult(path, false, entry.Sha256, null, $"{path} is missing (expected sha256 {entry.Sha256}, {entry.Size:N0} bytes). {hint}");
        var full = info.FullName;
        if (useCache && IsCached(full, info, entry.Sha256))
            return new VerifyResult(path, true, entry.Sha256, entry.Sha256, "ok (verified earlier, unchanged since)");
        var actual = Sha256Of(full);
        if (info.Length != entry.Size || !actual.Equals(entry.Sha256, StringComparison.OrdinalIgnoreCase))
        {
            if (acceptSameContent && entry.ContentSha256 is not null && ContentSha256Of(full) is { } content
                && content.Equals(entry.ContentSha256, StringComparison.OrdinalIgnoreCase))
            {
                Remember(full, info, entry.Sha256);
                return new VerifyResult(path, true, entry.Sha256, actual, "ok (different gzip bytes, same content)");
            }
            var what = info.Length < entry.Size ? $"truncated: {info.Length:N0} of {entry.Size:N0} bytes"
                : info.Length != entry.Size ? $"wrong size: {info.Length:N0} bytes, expected {entry.Size:N0}" : "altered (same size, different content)";
            return new VerifyResult(path, false, entry.Sha256, actual,
                $"{path} is {what}: expected sha256 {entry.Sha256}, actual {actual}. It was refused. {hint}");
        }
        Remember(full, info, actual);
        return new VerifyResult(path, true, entry.Sha256, actual, "ok");
    }

    /// <summary>The lowercase hex sha256 of a file.</summary>
    public static string Sha256Of(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>The sha256 of a gzip file's decompressed bytes; null when it cannot be decompressed.</summary>
    public static string? ContentSha256Of(string path)
    {
        try
        {
            using var stream = new System.IO.Compression.GZipStream(File.OpenRead(path), System.IO.Compression.CompressionMode.Decompress);
            return Convert.ToHexStringLower(SHA256.HashData(stream));
        }
        catch (InvalidDataException) { return null; }
    }

    static bool IsCached(string path, FileInfo info, string sha)
    {
        lock (gate)
        {
            var cache = LoadCache();
            return cache.TryGetValue(path, out var r) && r.Size == info.Length && r.MtimeTicks == info.LastWriteTimeUtc.Ticks
                && r.Sha256.Equals(sha, StringComparison.OrdinalIgnoreCase);
        }
    }

    static void Remember(string path, FileInfo info, string sha)
    {
        lock (gate)
        {
            var cache = LoadCache();
            cache[path] = new CacheRecord(info.Length, info.LastWriteTimeUtc.Ticks, sha);
            try
            {
                var file = CacheFile;
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                var temp = file + $".{Environment.ProcessId}.tmp";
                File.WriteAllText(temp, JsonSerializer.Serialize(cache));
                File.Move(temp, file, overwrite: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A read-only home only costs a re-hash next time.
            }
        }
    }

    static Dictionary<string, CacheRecord> LoadCache()
    {
        if (memory is not null) return memory;
        try
        {
            if (File.Exists(CacheFile))
                return memory = JsonSerializer.Deserialize<Dictionary<string, CacheRecord>>(File.ReadAllText(CacheFile)) ?? [];
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException) { }
        return memory = [];
    }
}
