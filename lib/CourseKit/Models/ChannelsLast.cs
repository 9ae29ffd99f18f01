using static TorchSharp.torch;

namespace CourseKit.Models;

/// <summary>Changes only how a feature map [N, C, H, W] is laid out in memory (channels last, as NHWC), not its values or shape.
/// libtorch's CPU pooling and convolution kernels are several times faster on that layout; TorchSharp 0.107 has no
/// <c>memory_format</c> API, so the layout is made by permute → contiguous → permute back. Measured in <c>coursekit bench</c>.</summary>
public sealed class ChannelsLast() : nn.Module<Tensor, Tensor>("ChannelsLast")
{
    public override Tensor forward(Tensor x) =>
        x.dim() == 4 ? x.permute(0, 2, 3, 1).contiguous().permute(0, 3, 1, 2) : x;
}
