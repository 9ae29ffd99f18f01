using CourseKit.Data;
using static TorchSharp.torch;

namespace CourseKit.Tests;

public class ImageFeaturesTests
{
    public ImageFeaturesTests() => Setup.Init(quiet: true);

    [Fact]
    public void One_row_of_named_features_per_image()
    {
        using var f = ImageFeatures.Compute(rand(5, 1, 28, 28));
        Assert.Equal([5L, ImageFeatures.Names.Count], f.shape);
        Assert.Equal(23, ImageFeatures.Names.Count);
    }

    [Fact]
    public void Features_of_a_symmetric_block_have_the_expected_values()
    {
        var img = zeros(1, 1, 28, 28);
        img[0, 0, 7..21, 7..21] = tensor(1f);                  // a centred 14×14 white square
        var f = ImageFeatures.Compute(img)[0].data<float>().ToArray();
        int Col(string name) => ImageFeatures.Names.ToList().IndexOf(name);
        Assert.Equal(0.25, f[Col("ink")], 4);                   // 196 of 784 pixels
        Assert.Equal(1.0, f[Col("left-right symmetry")], 4);
        Assert.Equal(1.0, f[Col("top-bottom symmetry")], 4);
        Assert.Equal(0.5, f[Col("inked rows")], 4);
        Assert.Equal(0.5, f[Col("centre of mass x")], 4);
        Assert.Equal(0.0, f[Col("row band 0")], 4);
        Assert.Throws<ArgumentException>(() => ImageFeatures.Compute(zeros(2, 28, 28)));
    }
}
