using static TorchSharp.torch;

namespace CourseKit;

/// <summary>Readable tensor shapes for error messages and notebooks.</summary>
public static class Shapes
{
    /// <summary>"[128, 1, 28, 28] float32 on cpu".</summary>
    public static string Describe(Tensor t) => $"[{string.Join(", ", t.shape)}] {t.dtype.ToString().ToLowerInvariant()} on {t.device}";
}
