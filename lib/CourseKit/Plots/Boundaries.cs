using ScottPlot;
using static TorchSharp.torch;

namespace CourseKit.Plots;

public static partial class Plot
{
    /// <summary>A 2-D classifier's decision regions with the data on top. <paramref name="predict"/> maps points [M, 2] to class scores
    /// [M, C] (arg-max wins) or to one score [M] / [M, 1] (positive means class 1). Taught in 01 and 02.</summary>
    public static Figure DecisionBoundary(Func<Tensor, Tensor> predict, Tensor points, Tensor labels, string title = "", int resolution = 120)
        => Figure.From(BoundaryPlot(predict, points, labels, title, resolution), 480, 420, title);

    /// <summary>Several classifiers' decision regions side by side on the same data (e.g. shallow vs deep).</summary>
    public static Figure DecisionBoundaries(IReadOnlyList<(string Title, Func<Tensor, Tensor> Predict)> models, Tensor points, Tensor labels, int resolution = 100)
        => Figure.Row(models.Select(m => BoundaryPlot(m.Predict, points, labels, m.Title, resolution)).ToList(), 330 * models.Count, 330, string.Join(" | ", models.Select(m => m.Title)));

    static ScottPlot.Plot BoundaryPlot(Func<Tensor, Tensor> predict, Tensor points, Tensor labels, string title, int resolution)
    {
        if (points.dim() != 2 || points.shape[1] != 2)
            throw new ArgumentException($"DecisionBoundary draws 2-D data: points must be [N, 2], got {Shapes.Describe(points)}.");
        using var scope = NewDisposeScope();
        var p = points.cpu().to(ScalarType.Float32);
        double xMin = p[.., 0].min().item<float>(), xMax = p[.., 0].max().item<float>();
        double yMin = p[.., 1].min().item<float>(), yMax = p[.., 1].max().item<float>();
        double padX = (xMax - xMin) * 0.1 + 0.1, padY = (yMax - yMin) * 0.1 + 0.1;
        xMin -= padX; xMax += padX; yMin -= padY; yMax += padY;
        var xs = linspace(xMin, xMax, resolution); var ys = linspace(yMin, yMax, resolution);
        var grid = meshgrid([ys, xs], indexing: "ij");
        var flat = stack([grid[1].reshape(-1), grid[0].reshape(-1)], 1).to(ScalarType.Float32);
        Tensor regions;
        long classes;
        using (no_grad())
        {
            var scores = predict(flat).cpu().to(ScalarType.Float32);
            bool multi = scores.dim() == 2 && scores.shape[1] > 1;
            regions = multi ? scores.argmax(1).to(ScalarType.Float64) : scores.reshape(-1).gt(0).to(ScalarType.Float64);
            classes = Math.Max(multi ? scores.shape[1] : 2, labels.max().item<long>() + 1);
        }
        var cells = regions.reshape(resolution, resolution).data<double>().ToArray();
        var values = new double[resolution, resolution];
        for (int r = 0; r < resolution; r++) for (int c = 0; c < resolution; c++) values[resolution - 1 - r, c] = cells[r * resolution + c];

        var plot = new ScottPlot.Plot();
        var heat = plot.Add.Heatmap(values);
        heat.Colormap = new ClassColors((int)classes);
        heat.Opacity = 0.35;
        heat.ManualRange = new ScottPlot.Range(0, classes - 1); // a region's colour means the same class in every panel
        heat.Extent = new CoordinateRect(xMin, xMax, yMin, yMax);
        var lab = labels.cpu().to(ScalarType.Int64).data<long>().ToArray();
        var px = p[.., 0].to(ScalarType.Float64).data<double>().ToArray(); var py = p[.., 1].to(ScalarType.Float64).data<double>().ToArray();
        var palette = ClassColors.Palette;
        foreach (var cls in lab.Distinct().Order())
        {
            var idx = Enumerable.Range(0, lab.Length).Where(i => lab[i] == cls).ToArray();
            var s = plot.Add.ScatterPoints(idx.Select(i => px[i]).ToArray(), idx.Select(i => py[i]).ToArray(), palette.GetColor((int)cls));
            s.MarkerSize = lab.Length > 300 ? 4 : 7;
            s.LegendText = $"class {cls}";
        }
        plot.Axes.SetLimits(xMin, xMax, yMin, yMax);
        plot.Title(title);
        return plot;
    }

    /// <summary>Region colours that match the points' colours: class k gets the palette's k-th colour.</summary>
    sealed class ClassColors(int classes) : IColormap
    {
        internal static readonly ScottPlot.Palettes.Category10 Palette = new();
        public string Name => "course classes";
        public Color GetColor(double position) =>
            Palette.GetColor((int)Math.Round(Math.Clamp(position, 0, 1) * Math.Max(1, classes - 1)));
    }
}
