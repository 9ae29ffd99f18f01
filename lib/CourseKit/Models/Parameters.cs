using static TorchSharp.torch;

namespace CourseKit.Models;

/// <summary>Counting and describing a model's parameters. Taught in 02-depth.</summary>
public static class Parameters
{
    /// <summary>Number of trainable numbers in the model.</summary>
    public static long Count(nn.Module model) => model.parameters().Where(p => p.requires_grad).Sum(p => p.numel());

    /// <summary>One line per layer: name, type, parameter count.</summary>
    public static string Summary(nn.Module model)
    {
        var lines = model.named_children().Select(c => $"{c.name,-12} {c.module.GetType().Name,-12} {c.module.parameters().Sum(p => p.numel()),10:N0}");
        return string.Join(Environment.NewLine, lines.Append($"{"total",-12} {"",-12} {Count(model),10:N0}"));
    }
}
