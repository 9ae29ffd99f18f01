using TorchSharp.Modules;
using static TorchSharp.torch;

namespace CourseKit.Models;

/// <summary>Small convolutional networks for 28×28 grayscale images. Taught in 04-how-networks-work.</summary>
public static class Cnn
{
    /// <summary>The course's reference CNN (also the benchmark's): conv(1→32, 3×3, pad 1)–ReLU–maxpool 2 → conv(32→64, 3×3, pad 1)–
    /// ReLU–maxpool 2 → linear(3136→128)–ReLU → linear(128→classes). Input [N, 1, 28, 28].</summary>
    /// <param name="channelsLast">Lay feature maps out channels-last after the first convolution: same values, faster pooling on
    /// CPUs (see <see cref="ChannelsLast"/>).</param>
    public static Sequential Create(int classes = 10, int channels1 = 32, int channels2 = 64, int hidden = 128, bool channelsLast = true) => nn.Sequential(
        new (string, nn.Module<Tensor, Tensor>)[] { ("conv1", nn.Conv2d(1, channels1, 3, padding: 1)) }
        .Concat(channelsLast ? [("layout", new ChannelsLast())] : [])
        .Concat(new (string, nn.Module<Tensor, Tensor>)[] {
        ("relu1", nn.ReLU()), ("pool1", nn.MaxPool2d(2)),
        ("conv2", nn.Conv2d(channels1, channels2, 3, padding: 1)), ("relu2", nn.ReLU()), ("pool2", nn.MaxPool2d(2)),
        ("flatten", nn.Flatten()),
        ("linear1", nn.Linear(channels2 * 7 * 7, hidden)), ("relu3", nn.ReLU()),
        ("output", nn.Linear(hidden, classes)) }));
}
