using CourseKit.Models;
using static TorchSharp.torch;

namespace CourseKit.Tests;

public class FlopsTests
{
    public FlopsTests() => Setup.Init(quiet: true);

    [Fact]
    public void Cnn_multiply_adds_match_a_hand_count()
    {
        long conv1 = 28 * 28 * 32 * (1 * 3 * 3);      // every output pixel of 32 maps: a 3×3 window over 1 channel
        long conv2 = 14 * 14 * 64 * (32 * 3 * 3);     // after pooling to 14×14: 3×3 windows over 32 channels
        long linear1 = 64 * 7 * 7 * 128;
        long output = 128 * 10;
        Assert.Equal(conv1 + conv2 + linear1 + output, Flops.PerSample(Cnn.Create(), [1, 28, 28]));
        Assert.Equal(4, Flops.PerLayer(Cnn.Create(), [1, 28, 28]).Count);
    }

    [Fact]
    public void Mlp_multiply_adds_equal_its_weight_count()
    {
        var net = Mlp.Create(784, [256, 128], 10);
        Assert.Equal(784 * 256 + 256 * 128 + 128 * 10, Flops.PerSample(net, [1, 28, 28]));
    }

    [Fact]
    public void Counting_leaves_no_hooks_and_keeps_the_mode()
    {
        var net = Cnn.Create();
        net.train();
        var first = Flops.PerSample(net, [1, 28, 28]);
        Assert.Equal(first, Flops.PerSample(net, [1, 28, 28])); // hooks removed: no double counting
        Assert.True(net.training);
        Assert.Throws<ArgumentException>(() => Flops.PerSample(net, []));
    }
}
