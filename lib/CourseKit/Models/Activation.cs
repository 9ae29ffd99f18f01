using static TorchSharp.torch;

namespace CourseKit.Models;

/// <summary>The activation functions the course compares (09-training shows why ReLU trains deep nets where sigmoid stalls).</summary>
public enum Activation { ReLU, Tanh, Sigmoid, GELU }

internal static class Activations
{
    internal static nn.Module<Tensor, Tensor> Create(Activation a) => a switch
    {
        Activation.ReLU => nn.ReLU(),
        Activation.Tanh => nn.Tanh(),
        Activation.Sigmoid => nn.Sigmoid(),
        Activation.GELU => nn.GELU(),
        _ => throw new ArgumentOutOfRangeException(nameof(a), a, "Unknown activation."),
    };
}
