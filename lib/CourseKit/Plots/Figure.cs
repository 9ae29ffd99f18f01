namespace CourseKit.Plots;

/// <summary>A rendered picture (PNG): shown inline in a notebook, saved with <see cref="Save"/>, and embedded in exported notebooks.</summary>
public sealed record Figure(byte[] Png, int Width, int Height, string Title)
{
    /// <summary>Renders a ScottPlot plot to a figure.</summary>
    public static Figure From(ScottPlot.Plot plot, int width = 640, int height = 400, string title = "")
        => new(plot.GetImage(width, height).GetImageBytes(ScottPlot.ImageFormat.Png), width, height, title);

    /// <summary>Several plots side by side in one figure (each gets an equal share of the width).</summary>
    public static Figure Row(IReadOnlyList<ScottPlot.Plot> plots, int width, int height, string title = "")
        => Grid(plots, Math.Max(1, plots.Count), width / Math.Max(1, plots.Count), height, title);

    /// <summary>Plots in rows of <paramref name="columns"/>, each drawn <paramref name="panelWidth"/> × <paramref name="panelHeight"/> pixels.</summary>
    public static Figure Grid(IReadOnlyList<ScottPlot.Plot> plots, int columns, int panelWidth, int panelHeight, string title = "")
    {
        if (plots.Count == 0) throw new ArgumentException("A figure needs at least one plot.");
        if (columns < 1) throw new ArgumentException($"columns must be at least 1, got {columns}.");
        int cols = Math.Min(columns, plots.Count), rows = (plots.Count + cols - 1) / cols;
        using var surface = SkiaSharp.SKSurface.Create(new SkiaSharp.SKImageInfo(cols * panelWidth, rows * panelHeight));
        surface.Canvas.Clear(SkiaSharp.SKColors.White);
        for (int i = 0; i < plots.Count; i++)
        {
            using var bitmap = SkiaSharp.SKBitmap.Decode(plots[i].GetImage(panelWidth, panelHeight).GetImageBytes(ScottPlot.ImageFormat.Png));
            surface.Canvas.DrawBitmap(bitmap, (i % cols) * panelWidth, (i / cols) * panelHeight);
        }
        using var image = surface.Snapshot();
        using var data = image.Encode(SkiaSharp.SKEncodedImageFormat.Png, 100);
        return new Figure(data.ToArray(), cols * panelWidth, rows * panelHeight, title);
    }

    /// <summary>An &lt;img&gt; tag with the PNG inline, so that the figure travels with the notebook.</summary>
    public string ToHtml() =>
        $"<img alt=\"{System.Net.WebUtility.HtmlEncode(Title)}\" width=\"{Width}\" height=\"{Height}\" src=\"data:image/png;base64,{Convert.ToBase64String(Png)}\" />";

    /// <summary>Writes the PNG to <paramref name="path"/> and returns the path.</summary>
    public string Save(string path)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        File.WriteAllBytes(path, Png);
        return path;
    }

    public override string ToString() => $"Figure '{Title}' {Width}×{Height} ({Png.Length / 1024.0:0} KB PNG)";
}
