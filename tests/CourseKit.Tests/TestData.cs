using static TorchSharp.torch;

namespace CourseKit.Tests;

/// <summary>Small seeded data for tests.</summary>
internal static class TestData
{
    /// <summary>Two Gaussian blobs in 2-D, linearly separable (labels 0/1 as int64).</summary>
    internal static (Tensor X, Tensor Y) Blobs(int n, int seed)
    {
        var g = new Generator().manual_seed(seed);
        var y = arange(n, dtype: ScalarType.Int64) % 2;
        var centers = stack([tensor(new float[] { -2, -2 }), tensor(new float[] { 2, 2 })]);
        var x = centers[y] + randn(n, 2, generator: g) * 0.7f;
        return (x, y);
    }

    /// <summary>Fixed batches of (x, y); the same tensors every epoch.</summary>
    internal static List<(Tensor X, Tensor Y)> Batches(Tensor x, Tensor y, int size)
    {
        var list = new List<(Tensor, Tensor)>();
        for (long i = 0; i < x.shape[0]; i += size)
        {
            long end = Math.Min(i + size, x.shape[0]);
            list.Add((x[TensorIndex.Slice(i, end)], y[TensorIndex.Slice(i, end)]));
        }
        return list;
    }
}
