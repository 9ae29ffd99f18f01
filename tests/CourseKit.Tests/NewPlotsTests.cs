using CourseKit.Plots;
using static TorchSharp.torch;

namespace CourseKit.Tests;

/// <summary>The figures notebooks 01 and 02 added: nested sets and a grid of decision boundaries.</summary>
public class NewPlotsTests
{
    public NewPlotsTests() => Setup.Init(quiet: true);

    static bool IsPng(Figure f) => f.Png.Length > 1000 && f.Png[0] == 0x89 && f.Png[1] == (byte)'P';

    [Fact]
    public void Nested_sets_render_and_refuse_an_empty_list()
    {
        var f = Plot.NestedSets([("AI", "rules, search"), ("ML", "learned from data"), ("NN", ""), ("DL", "many layers")], "sets");
        Assert.True(IsPng(f));
        Assert.Equal((720, 520), (f.Width, f.Height));
        Assert.Throws<ArgumentException>(() => Plot.NestedSets([]));
    }

    [Fact]
    public void Boundary_grid_lays_panels_out_in_rows()
    {
        var x = tensor(new float[] { 0, 0, 0, 1, 1, 0, 1, 1 }, [4, 2]);
        var y = tensor(new long[] { 0, 0, 0, 1 });
        var panels = Enumerable.Range(0, 5).Select(i => ($"epoch {i}", (Func<Tensor, Tensor>)(p => p.sum(1) - 1.5 + 0.1 * i))).ToList();
        var f = Plot.DecisionBoundaryGrid(panels, x, y, columns: 3, panelSize: 150);
        Assert.True(IsPng(f));
        Assert.Equal((450, 300), (f.Width, f.Height));
        Assert.Throws<ArgumentException>(() => Plot.DecisionBoundaryGrid([], x, y));
    }

    [Fact]
    public void Boundary_grid_colours_a_one_class_panel_by_its_class()
    {
        // A model that says "1" everywhere must not be drawn like one that says "0" everywhere.
        var x = tensor(new float[] { 0, 0, 1, 1 }, [2, 2]);
        var y = tensor(new long[] { 0, 1 });
        var allOnes = Plot.DecisionBoundaryGrid([("", p => ones(p.shape[0]))], x, y, columns: 1, panelSize: 120);
        var allZeros = Plot.DecisionBoundaryGrid([("", p => -ones(p.shape[0]))], x, y, columns: 1, panelSize: 120);
        Assert.NotEqual(allOnes.Png, allZeros.Png);
    }
}
