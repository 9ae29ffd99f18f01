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
        var plots = panels.Select(p =>
        {
            var plot = BoundaryPlot(p.Predict, points, labels, p.Title, resolution);
            plot.Axes.Title.Label.FontSize = 12;
            plot.HideLegend();
            return plot;
        }).ToList();
        return Figure.Grid(plots, columns, panelSize, panelSize, title);
    }
}
