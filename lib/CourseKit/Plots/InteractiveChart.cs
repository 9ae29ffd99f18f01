namespace CourseKit.Plots;

/// <summary>An interactive XPlot.Plotly chart (rotate, hover) together with its static ScottPlot twin. In the editor the chart loads
/// plotly.js from its CDN; offline and in exported notebooks the twin is what shows, so nothing is lost without a network.</summary>
public sealed record InteractiveChart(string PlotlyHtml, Figure Static)
{
    /// <summary>The interactive chart followed by the static picture.</summary>
    public string ToHtml() =>
        $"<div>{PlotlyHtml}</div><div><small>Static version (shown when plotly.js cannot load):</small><br/>{Static.ToHtml()}</div>";

    public override string ToString() => $"InteractiveChart ({Static})";
}

public static partial class Plot
{
    /// <summary>A surface z = f(x, y) over a grid, e.g. a loss as a function of two weights: an interactive 3-D surface plus a static
    /// heatmap twin. Taught in 00-setup and 09-training.</summary>
    public static InteractiveChart Surface(Func<double, double, double> f, (double Min, double Max) x, (double Min, double Max) y,
        int steps = 40, string title = "", string xLabel = "x", string yLabel = "y")
    {
        if (steps < 2) throw new ArgumentException("Surface needs at least 2 steps per axis.");
        var xs = Enumerable.Range(0, steps).Select(i => x.Min + (x.Max - x.Min) * i / (steps - 1)).ToArray();
        var ys = Enumerable.Range(0, steps).Select(i => y.Min + (y.Max - y.Min) * i / (steps - 1)).ToArray();
        var z = ys.Select(yv => xs.Select(xv => f(xv, yv)).ToArray()).ToArray();

        var trace = new XPlot.Plotly.Surface { z = z, x = xs, y = ys };
        var layout = new XPlot.Plotly.Layout.Layout
        {
            title = title,
            scene = new XPlot.Plotly.Scene { xaxis = new XPlot.Plotly.Xaxis { title = xLabel }, yaxis = new XPlot.Plotly.Yaxis { title = yLabel } },
        };
        var chart = XPlot.Plotly.Chart.Plot(trace, layout);
        chart.WithWidth(640); chart.WithHeight(480);

        var grid = new double[steps, steps];
        for (int r = 0; r < steps; r++) for (int c = 0; c < steps; c++) grid[steps - 1 - r, c] = z[r][c];
        var plot = new ScottPlot.Plot();
        var heat = plot.Add.Heatmap(grid);
        heat.Extent = new ScottPlot.CoordinateRect(x.Min, x.Max, y.Min, y.Max);
        heat.Colormap = new ScottPlot.Colormaps.Viridis();
        plot.Add.ColorBar(heat);
        plot.Title(title); plot.XLabel(xLabel); plot.YLabel(yLabel);
        return new InteractiveChart(chart.GetHtml(), Figure.From(plot, 560, 440, title));
    }
}
