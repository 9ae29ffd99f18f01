using System.Runtime.InteropServices;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace CourseKit.Training;

/// <summary>Thrown when a model is fed a tensor of the wrong shape; the message names the layer, what it expected and what came.</summary>
public sealed class ShapeMismatchException(string message, Exception inner) : Exception(message, inner);

/// <summary>Turns libtorch's raw shape errors into messages that name the layer, its expected input and the actual shape.</summary>
public static class ShapeErrors
{
    /// <summary>Runs <paramref name="forward"/>; if libtorch rejects the shapes, finds the layer that failed and rethrows a clear error.</summary>
    public static Tensor Explain(nn.Module model, Tensor input, Func<Tensor> forward)
    {
        try { return forward(); }
        catch (ExternalException e)
        {
            throw new ShapeMismatchException(Describe(model, input, e.Message), e);
        }
    }

    static string Describe(nn.Module model, Tensor input, string raw)
    {
        var first = raw.Split('\n')[0];
        if (model is Sequential seq)
        {
            using var _ = no_grad();
            using var scope = NewDisposeScope();
            var x = input;
            foreach (var (name, layer) in seq.named_children())
            {
                try { x = ((nn.Module<Tensor, Tensor>)layer).call(x); }
                catch (ExternalException)
                {
                    return $"Layer '{name}' ({Expected(layer)}) got input {Shapes.Describe(x)}. " +
                           $"The model's input was {Shapes.Describe(input)}. libtorch said: {first}";
                }
            }
        }
        var leaf = model.modules().FirstOrDefault(m => m is Linear or Conv2d or Conv1d or RNN or LSTM or GRU);
        return $"{model.GetType().Name} could not take input {Shapes.Describe(input)}" +
               (leaf is null ? "" : $"; its first layer with a fixed input size is {Expected(leaf)}") + $". libtorch said: {first}";
    }

    static string Expected(nn.Module layer) => layer switch
    {
        Linear l => $"Linear expects [..., {l.in_features}]",
        Conv2d c => $"Conv2d expects [N, {c.in_channels}, H, W]",
        Conv1d c => $"Conv1d expects [N, {c.in_channels}, L]",
        _ => layer.GetType().Name,
    };
}
