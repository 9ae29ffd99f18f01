using ScottPlot;

namespace CourseKit.Plots;

public static partial class Plot
{
    /// <summary>Nested sets as nested ellipses, outermost first, each labelled at its top with an optional note underneath
    /// (e.g. AI ⊃ machine learning ⊃ neural networks ⊃ deep learning). Taught in 01-what-they-are.</summary>
    public static Figure NestedSets(IReadOnlyList<(string Label, string Note)> sets, string title = "")
    {
        if (sets.Count == 0) throw new ArgumentException("NestedSets needs at least one set, outermost first.");
        var plot = new ScottPlot.Plot();
        var palette = new ScottPlot.Palettes.Category10();
        double rx0 = 5.0, ry0 = 3.4, bottom = -ry0;
        double shrink = sets.Count > 1 ? 0.6 / (sets.Count - 1) : 0; // the innermost set keeps 40% of the outer size
        for (int i = 0; i < sets.Count; i++)
        {
            double rx = rx0 * (1 - shrink * i * 0.85), ry = ry0 * (1 - shrink * i);
            double cy = bottom + 0.12 * i + ry; // all rest near the same bottom line, so each label has room above the next set
            var color = palette.GetColor(i);
            var e = plot.Add.Ellipse(0, cy, rx, ry);
            e.FillColor = color.WithAlpha(0.18);
            e.LineColor = color;
            e.LineWidth = 2;
            bool innermost = i == sets.Count - 1;
            double top = cy + ry;
            double labelY = innermost ? cy + 0.15 * ry : top - 0.45;
            var label = plot.Add.Text(sets[i].Label, 0, labelY);
            label.LabelFontSize = 16; label.LabelBold = true; label.LabelAlignment = Alignment.MiddleCenter; label.LabelFontColor = color.Darken(0.3);
            if (!string.IsNullOrEmpty(sets[i].Note))
            {
                var note = plot.Add.Text(sets[i].Note, 0, labelY - 0.42);
                note.LabelFontSize = 11; note.LabelAlignment = Alignment.MiddleCenter; note.LabelFontColor = Colors.Black.WithAlpha(0.75);
            }
        }
        plot.Axes.SetLimits(-rx0 - 0.3, rx0 + 0.3, bottom - 0.3, ry0 + 0.3);
        plot.Axes.SquareUnits();
        plot.HideGrid();
        plot.Layout.Frameless();
        plot.Axes.Frameless();
        if (!string.IsNullOrEmpty(title)) plot.Title(title);
        return Figure.From(plot, 720, 520, title);
    }
}
