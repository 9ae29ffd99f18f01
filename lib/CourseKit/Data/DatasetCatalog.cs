namespace CourseKit.Data;

/// <summary>One dataset file the course can use: shipped in datasets/ or part of a full set found on this machine.</summary>
public sealed record CatalogItem(string Kind, string Path, long Size, string Licence, string Purpose, bool Present);

/// <summary>What data is available here: every shipped file from the manifest, and the full Fashion-MNIST set if found. Used by
/// <c>coursekit datasets</c>.</summary>
public static class DatasetCatalog
{
    /// <summary>Shipped files first, then the full set's files (present or not).</summary>
    public static IReadOnlyList<CatalogItem> List()
    {
        var manifest = Manifest.Current;
        var items = manifest.Files.Select(f =>
        {
            var info = new FileInfo(manifest.FullPath(f));
            return new CatalogItem("shipped", $"datasets/{f.Path}", info.Exists ? info.Length : f.Size, f.Licence, f.Purpose, info.Exists);
        }).ToList();
        var full = FashionMnist.FindFull();
        foreach (var e in manifest.External)
        {
            var path = full is null ? null : System.IO.Path.Combine(full, e.Path);
            var info = path is null ? null : new FileInfo(path);
            items.Add(new CatalogItem(e.Set ?? "full", path ?? e.Path, info?.Exists == true ? info.Length : e.Size, e.Licence, e.Purpose, info?.Exists == true));
        }
        return items;
    }
}
