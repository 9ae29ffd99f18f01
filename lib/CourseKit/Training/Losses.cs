using TorchSharp;
using static TorchSharp.torch;

namespace CourseKit.Training;

/// <summary>Loss functions for <see cref="TrainerOptions.Loss"/>: (model output, target) → scalar loss.</summary>
public static class Losses
{
    /// <summary>Cross-entropy on raw scores [N, classes] against int64 class indices [N] (classification).</summary>
    public static Tensor CrossEntropy(Tensor output, Tensor target) => nn.functional.cross_entropy(output, target);

    /// <summary>Mean squared error (regression, autoencoders: the target is the input).</summary>
    public static Tensor MeanSquaredError(Tensor output, Tensor target) => nn.functional.mse_loss(output, target);

    /// <summary>Binary cross-entropy on raw scores [N] or [N,1] against 0/1 float targets.</summary>
    public static Tensor BinaryCrossEntropy(Tensor output, Tensor target) =>
        nn.functional.binary_cross_entropy_with_logits(output.reshape(target.shape), target.to_type(output.dtype));
}
