using CourseKit.Training;
using ScottPlot;
using static TorchSharp.torch;

namespace CourseKit.Plots;

/// <summary>The course's standard figures, drawn with ScottPlot: training curves, image grids, confusion heatmaps. Each returns a
/// <see cref="Figure"/> that a notebook shows inline. Taught in 00-setup.</summary>
public static partial class Plot
{
    /// <summary>Loss (left) and accuracy (right) per epoch from a <see cref="History"/>, train and validation.</summary>
    public static Figure Curves(History history, string title = "Training curves")
    {
        var epochs = history.Epochs.Select(e => (double)e.Epoch).ToArray();
        var loss = new ScottPlot.Plot();
        AddLine(loss, epochs, history.Epochs.Select(e => e.TrainLoss).ToArray(), "train");
        if (history.Epochs.All(e => e.ValidationLoss.HasValue))
            AddLine(loss, epochs, history.Epochs.Select(e => e.ValidationLoss!.Value).ToArray(), "validation");
        loss.Title("loss"); loss.XLabel("epoch"); loss.ShowLegend();
        var acc = new ScottPlot.Plot();
        if (history.Epochs.All(e => e.TrainAccuracy.HasValue))
            AddLine(acc, epochs, history.Epochs.Select(e => e.TrainAccuracy!.Value).ToArray(), "train");
        if (history.Epochs.All(e => e.ValidationAccuracy.HasValue))
            AddLine(acc, epochs, history.Epochs.Select(e => e.ValidationAccuracy!.Value).ToArray(), "validation");
        acc.Title("accuracy"); acc.XLabel("epoch"); acc.ShowLegend();
        return Figure.Row([loss, acc], 900, 340, title);
    }

    /// <summary>A grid of grayscale images [N, 1, H, W] or [N, H, W] (values 0–1) with optional labels under each.</summary>
    public static Figure ImageGrid(Tensor images, IReadOnlyList<string>? labels = null, int columns = 8, string title = "")
    {
        using var scope = NewDisposeScope();
        var imgs = images.dim() == 4 ? images[.., 0] : images;
        if (imgs.dim() != 3) throw new ArgumentException($"ImageGrid needs images shaped [N, 1, H, W] or [N, H, W]; got {Shapes.Describe(images)}.");
        int n = (int)imgs.shape[0], h = (int)imgs.shape[1], w = (int)imgs.shape[2];
        int cols = Math.Min(columns, n), rows = (n + cols - 1) / cols, gap = 2, labelRows = labels is null ? 0 : 10;
        var pixels = imgs.cpu().to(ScalarType.Float64).data<double>().ToArray();
        var mosaic = new double[rows * (h + gap + labelRows), cols * (w + gap)];
        for (int r = 0; r < mosaic.GetLength(0); r++) for (int c = 0; c < mosaic.GetLength(1); c++) mosaic[r, c] = double.NaN;
        for (int i = 0; i < n; i++)
        {
            int top = (i / cols) * (h + gap + labelRows), left = (i % cols) * (w + gap);
            for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) mosaic[top + y, left + x] = pixels[i * h * w + y * w + x];
        }
        var plot = new ScottPlot.Plot();
        var heat = plot.Add.Heatmap(mosaic);
        heat.Colormap = new ScottPlot.Colormaps.Grayscale();
        heat.NaNCellColor = Colors.White;
        if (labels is not null)
            for (int i = 0; i < Math.Min(n, labels.Count); i++)
            {
                double y = mosaic.GetLength(0) - ((i / cols) * (h + gap + labelRows) + h + labelRows / 2.0);
                var text = plot.Add.Text(labels[i], (i % cols) * (w + gap) + w / 2.0, y);
                text.LabelFontSize = 10; text.LabelAlignment = Alignment.MiddleCenter;
            }
        plot.HideGrid();
        plot.Layout.Frameless();
        plot.Axes.Frameless();
        if (!string.IsNullOrEmpty(title)) plot.Title(title);
        int width = Math.Min(1000, cols * 80), height = rows * (labels is null ? 80 : 95) + (string.IsNullOrEmpty(title) ? 0 : 30);
        return Figure.From(plot, width, height, title);
    }

    /// <summary>A confusion matrix as a heatmap with the counts written in each cell.</summary>
    public static Figure Confusion(ConfusionMatrix matrix, string title = "Confusion matrix")
    {
        int k = matrix.ClassCount;
        var values = new double[k, k];
        for (int i = 0; i < k; i++) for (int j = 0; j < k; j++) values[i, j] = matrix.Counts[i, j];
        var plot = new ScottPlot.Plot();
        var heat = plot.Add.Heatmap(values);
        heat.Colormap = new ScottPlot.Colormaps.Viridis();
        double max = values.Cast<double>().DefaultIfEmpty(0).Max();
        for (int i = 0; i < k; i++) for (int j = 0; j < k; j++)
        {
            var t = plot.Add.Text(matrix.Counts[i, j].ToString(), j, k - 1 - i);
            t.LabelAlignment = Alignment.MiddleCenter; t.LabelFontSize = 11;
            t.LabelFontColor = values[i, j] > max * 0.6 ? Colors.Black : Colors.White;
        }
        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, k).Select(i => (double)i).ToArray(), matrix.ClassNames.ToArray());
        plot.Axes.Left.SetTicks(Enumerable.Range(0, k).Select(i => (double)(k - 1 - i)).ToArray(), matrix.ClassNames.ToArray());
        plot.Axes.Bottom.TickLabelStyle.Rotation = -45;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleRight;
        plot.XLabel("predicted"); plot.YLabel("true");
        plot.Title(title);
        return Figure.From(plot, 640, 560, title);
    }

    /// <summary>Simple line chart of one or more named series over a shared x axis.</summary>
    public static Figure Lines(double[] x, IReadOnlyDictionary<string, double[]> series, string title = "", string xLabel = "", string yLabel = "", bool logX = false)
    {
        var plot = new ScottPlot.Plot();
        foreach (var (name, ys) in series) AddLine(plot, logX ? x.Select(Math.Log10).ToArray() : x, ys, name);
        if (logX) plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => Math.Pow(10, v).ToString("g3") };
        plot.Title(title); plot.XLabel(xLabel); plot.YLabel(yLabel);
        if (series.Count > 1) plot.ShowLegend();
        return Figure.From(plot, 640, 400, title);
    }

    static void AddLine(ScottPlot.Plot plot, double[] x, double[] y, string label)
    {
        var s = plot.Add.Scatter(x, y);
        s.LegendText = label;
        s.MarkerSize = x.Length > 40 ? 0 : 5;
    }
}
