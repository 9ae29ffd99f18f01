using ScottPlot;

namespace CourseKit.Plots;

public static partial class Plot
{
    /// <summary>Overlaid histograms of several named groups of values (e.g. reconstruction error of normal vs anomalous images), with an
    /// optional vertical threshold line. Taught in 04-how-networks-work.</summary>
    public static Figure Histogram(IReadOnlyDictionary<string, double[]> groups, int bins = 40, string title = "", string xLabel = "", double? threshold = null)
    {
        var all = groups.Values.SelectMany(v => v).Where(double.IsFinite).ToArray();
        if (all.Length == 0) throw new ArgumentException("Histogram needs at least one finite value.");
        double min = all.Min(), max = all.Max();
        if (max <= min) max = min + 1;
        var plot = new ScottPlot.Plot();
        var palette = new ScottPlot.Palettes.Category10();
        int g = 0;
        foreach (var (name, values) in groups)
        {
            var hist = ScottPlot.Statistics.Histogram.WithBinCount(bins, min, max);
            hist.AddRange(values.Where(double.IsFinite));
            var color = palette.GetColor(g++).WithAlpha(0.55);
            plot.Add.Histogram(hist, color);
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = name, FillColor = color });
        }
        if (threshold is double t)
        {
            var line = plot.Add.VerticalLine(t);
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = $"threshold {t:g3}", LineColor = line.LineColor, LineWidth = 2 });
        }
        plot.Title(title); plot.XLabel(xLabel); plot.YLabel("count");
        plot.ShowLegend();
        return Figure.From(plot, 640, 380, title);
    }
}
