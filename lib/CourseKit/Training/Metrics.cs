using TorchSharp;
using static TorchSharp.torch;

namespace CourseKit.Training;

/// <summary>Classification metrics on tensors.</summary>
public static class Metrics
{
    /// <summary>Number of correct predictions: arg-max of scores [N, C] against int64 labels, or score &gt; 0 against 0/1 targets.
    /// Null when the output is not a classification (e.g. a reconstruction).</summary>
    public static long? Correct(Tensor output, Tensor target)
    {
        using var scope = NewDisposeScope();
        if (target.dtype == ScalarType.Int64 && output.dim() == 2 && output.shape[1] > 1 && target.dim() == 1)
            return output.argmax(1).eq(target).sum().item<long>();
        if (target.dtype.IsFloatingPoint() && target.numel() == output.numel() && (output.dim() == 1 || output.shape[^1] == 1) && target.dim() <= 2)
            return output.reshape(-1).gt(0).eq(target.reshape(-1).gt(0.5)).sum().item<long>();
        return null;
    }

    /// <summary>Fraction of correct predictions (see <see cref="Correct"/>).</summary>
    public static double Accuracy(Tensor output, Tensor target) =>
        Correct(output, target) is long c ? (double)c / target.shape[0]
        : throw new ArgumentException($"Accuracy needs class scores [N, C] with int64 labels [N], or scores [N] with 0/1 targets; got output {Shapes.Describe(output)} and target {Shapes.Describe(target)}.");
}

internal static class ScalarTypeExtensions
{
    internal static bool IsFloatingPoint(this ScalarType t) => t is ScalarType.Float32 or ScalarType.Float64 or ScalarType.Float16 or ScalarType.BFloat16;
}
