using CourseKit.Plots;
using static TorchSharp.torch;

namespace CourseKit.Tests;

/// <summary>Image grids show images upright: the top row of an image is drawn at the top (a flipped heatmap once drew them upside down).</summary>
public class PlotOrientationTests
{
    public PlotOrientationTests() => Setup.Init(quiet: true);

    [Fact]
    public void Image_grid_draws_the_top_of_an_image_at_the_top()
    {
        var image = zeros(1, 1, 28, 28);
        image[0, 0, 10..19, ..] = tensor(0.5f);                 // black top third, grey middle, white bottom (the background is white too)
        image[0, 0, 19.., ..] = tensor(1f);
        var figure = Plot.ImageGrid(image, columns: 1);
        using var bitmap = SkiaSharp.SKBitmap.Decode(figure.Png);
        int x = bitmap.Width / 2;
        var brightness = Enumerable.Range(0, bitmap.Height).Select(y => { var c = bitmap.GetPixel(x, y); return (c.Red + c.Green + c.Blue) / 3; }).ToArray();
        int firstGrey = Array.FindIndex(brightness, b => b is > 90 and < 170);
        int firstBlack = Array.FindIndex(brightness, b => b < 40);
        Assert.True(firstGrey >= 0 && firstBlack >= 0, "both halves should appear");
        Assert.True(firstBlack < firstGrey, $"the black top of the image should be drawn above its grey middle (first black row {firstBlack}, first grey row {firstGrey})");
    }
}
