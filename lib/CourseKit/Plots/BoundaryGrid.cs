using static TorchSharp.torch;

namespace CourseKit.Plots;

public static partial class Plot
{
    /// <summary>Many small decision-boundary panels in rows of <paramref name="columns"/> (e.g. a perceptron's boundary after each
    /// epoch), all on the same data. Region colours are fixed per class, so a panel where the model says one class everywhere still
    /// shows which class. Taught in 01-what-they-are.</summary>
    public static Figure DecisionBoundaryGrid(IReadOnlyList<(string Title, Func<Tensor, Tensor> Predict)> panels, Tensor points, Tensor labels,
        int columns = 4, int panelSize = 220, int resolution = 60, string title = "")
    {
        if (panels.Count == 0) throw new ArgumentException("DecisionBoundaryGrid needs at least one panel.");
        if (columns < 1) throw new ArgumentException($"columns must be at least 1, got {columns}.");
        double topClass = Math.Max(1, labels.max().item<long>());
        int cols = Math.Min(columns, panels.Count), rows = (panels.Count + cols - 1) / cols;
        using var surface = SkiaSharp.SKSurface.Create(new SkiaSharp.SKImageInfo(cols * panelSize, rows * panelSize));
        surface.Canvas.Clear(SkiaSharp.SKColors.White);
        for (int i = 0; i < panels.Count; i++)
        {
            var plot = BoundaryPlot(panels[i].Predict, points, labels, panels[i].Title, resolution);
            plot.Axes.Title.Label.FontSize = 12;
            plot.HideLegend();
            foreach (var heat in plot.GetPlottables<ScottPlot.Plottables.Heatmap>())
            {
                heat.ManualRange = new ScottPlot.Range(0, topClass);
                heat.Update();
            }
            using var bitmap = SkiaSharp.SKBitmap.Decode(plot.GetImage(panelSize, panelSize).GetImageBytes(ScottPlot.ImageFormat.Png));
            surface.Canvas.DrawBitmap(bitmap, (i % cols) * panelSize, (i / cols) * panelSize);
        }
        using var image = surface.Snapshot();
        using var data = image.Encode(SkiaSharp.SKEncodedImageFormat.Png, 100);
        return new Figure(data.ToArray(), cols * panelSize, rows * panelSize, title);
    }
}
