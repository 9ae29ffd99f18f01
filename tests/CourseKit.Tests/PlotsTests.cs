using CourseKit.Models;
using CourseKit.Plots;
using CourseKit.Training;
using static TorchSharp.torch;

namespace CourseKit.Tests;

public class PlotsTests
{
    public PlotsTests() => Setup.Init(quiet: true);

    static bool IsPng(Figure f) => f.Png.Length > 1000 && f.Png[0] == 0x89 && f.Png[1] == (byte)'P';

    [Fact]
    public void Standard_figures_render_to_png()
    {
        var (x, y) = TestData.Blobs(60, 1);
        var net = Mlp.Create(2, [4], 2);
        var trainer = new Trainer(net, new TrainerOptions { Epochs = 2, Progress = false });
        var history = trainer.Fit(TestData.Batches(x, y, 20), TestData.Batches(x, y, 20));
        Assert.True(IsPng(Plot.Curves(history)));
        Assert.True(IsPng(Plot.DecisionBoundary(p => net.call(p), x, y, "blobs")));
        Assert.True(IsPng(Plot.DecisionBoundaries([("a", p => net.call(p)), ("b", p => p[.., 0])], x, y)));
        Assert.True(IsPng(Plot.ImageGrid(rand(6, 1, 28, 28), ["a", "b", "c", "d", "e", "f"], columns: 3)));
        Assert.True(IsPng(Plot.Confusion(trainer.Evaluate(TestData.Batches(x, y, 20)).Confusion!)));
        Assert.True(IsPng(Plot.Histogram(new Dictionary<string, double[]> { ["a"] = [1, 2, 2, 3], ["b"] = [3, 4, 4, 5] }, threshold: 3)));
        Assert.True(IsPng(Plot.Lines([1, 2, 3], new Dictionary<string, double[]> { ["y"] = [1, 4, 9] })));
        Assert.StartsWith("<img", Plot.Curves(history).ToHtml());
    }

    [Fact]
    public void Interactive_surface_has_a_static_twin()
    {
        var chart = Plot.Surface((x, y) => x * x + y * y, (-1, 1), (-2, 2), steps: 10, title: "bowl");
        Assert.Contains("Plotly.newPlot", chart.PlotlyHtml);
        Assert.True(IsPng(chart.Static));
        Assert.Contains("data:image/png;base64", chart.ToHtml());
    }

    [Fact]
    public void Image_grid_refuses_wrong_shapes() =>
        Assert.Contains("[N, 1, H, W]", Assert.Throws<ArgumentException>(() => Plot.ImageGrid(rand(28, 28))).Message);
}
