using TorchSharp.Modules;
using static TorchSharp.torch;

namespace CourseKit.Models;

/// <summary>Multi-layer perceptrons (fully connected networks) by depth and width. Taught in 01-what-they-are and 02-depth.</summary>
public static class Mlp
{
    /// <summary>inputs → hidden[0] → … → outputs, with <paramref name="activation"/> after every hidden layer. Flattens its input,
    /// so images [N, 1, 28, 28] go in as they are. An empty <paramref name="hidden"/> gives a single linear layer.</summary>
    public static Sequential Create(int inputs, IReadOnlyList<int> hidden, int outputs, Activation activation = Activation.ReLU)
    {
        if (inputs < 1 || outputs < 1 || hidden.Any(h => h < 1))
            throw new ArgumentException($"Layer sizes must be positive: inputs {inputs}, hidden [{string.Join(", ", hidden)}], outputs {outputs}.");
        var layers = new List<(string, nn.Module<Tensor, Tensor>)> { ("flatten", nn.Flatten()) };
        int width = inputs;
        for (int i = 0; i < hidden.Count; i++)
        {
            layers.Add(($"linear{i + 1}", nn.Linear(width, hidden[i])));
            layers.Add(($"{activation.ToString().ToLowerInvariant()}{i + 1}", Activations.Create(activation)));
            width = hidden[i];
        }
        layers.Add(("output", nn.Linear(width, outputs)));
        return nn.Sequential(layers);
    }

    /// <summary>An MLP with <paramref name="depth"/> hidden layers of the same <paramref name="width"/>.</summary>
    public static Sequential Create(int inputs, int depth, int width, int outputs, Activation activation = Activation.ReLU)
        => Create(inputs, Enumerable.Repeat(width, depth).ToArray(), outputs, activation);
}
