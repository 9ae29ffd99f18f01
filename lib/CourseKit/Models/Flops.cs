using TorchSharp.Modules;
using static TorchSharp.torch;

namespace CourseKit.Models;

/// <summary>Counts the multiply-adds a model does per example in its Linear and Conv2d layers (the bulk of the work in the course's
/// networks; activations, pooling and normalisation are ignored). One multiply-add is two floating-point operations, and training
/// costs about three forward passes. Taught in 03-key-differences; reused by the compute-cost benchmark in 10-challenges.</summary>
public static class Flops
{
    /// <summary>Multiply-adds for one example of shape <paramref name="inputShape"/> (without the batch dimension, e.g. [1, 28, 28]),
    /// measured by running one zero example through the model and counting each Linear and Conv2d layer's output.</summary>
    public static long PerSample(nn.Module<Tensor, Tensor> model, long[] inputShape) =>
        PerLayer(model, inputShape).Sum(l => l.MultiplyAdds);

    /// <summary>Multiply-adds per example for each Linear and Conv2d layer, in the order they run.</summary>
    public static IReadOnlyList<(string Layer, long MultiplyAdds)> PerLayer(nn.Module<Tensor, Tensor> model, long[] inputShape)
    {
        if (inputShape.Length == 0 || inputShape.Any(d => d < 1))
            throw new ArgumentException($"inputShape must list the positive sizes of one example without the batch dimension, e.g. [1, 28, 28]; got [{string.Join(", ", inputShape)}].");
        var counts = new List<(string, long)>();
        var removers = new List<Action>();
        foreach (var (name, module) in model.named_modules())
        {
            if (module is not (Linear or Conv2d)) continue;
            var layer = (nn.Module<Tensor, Tensor>)module;
            var label = string.IsNullOrEmpty(name) ? module.GetName() : name;
            var remover = layer.register_forward_hook((m, input, output) =>
            {
                var weight = m.parameters().First();
                // Each output number is a dot product over in_features (Linear) or in_channels/groups × kernel (Conv2d).
                long perOutput = weight.numel() / weight.shape[0];
                counts.Add((label, output.numel() * perOutput));
                return output;
            });
            removers.Add(remover.remove);
        }
        bool wasTraining = model.training;
        try
        {
            model.eval();
            using var _ = no_grad();
            using var scope = NewDisposeScope();
            var device = model.parameters().FirstOrDefault()?.device ?? CPU;
            model.call(zeros([1, .. inputShape], device: device));
        }
        finally
        {
            foreach (var remove in removers) remove();
            model.train(wasTraining);
        }
        return counts;
    }
}
