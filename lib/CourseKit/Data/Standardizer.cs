using static TorchSharp.torch;

namespace CourseKit.Data;

/// <summary>Rescales each feature to mean 0 and standard deviation 1 using statistics of the training set only (so no information
/// leaks from validation or test data). Like scikit-learn's StandardScaler; taught in 07-nn-vs-ml.</summary>
public sealed class Standardizer : IDisposable
{
    public Tensor Mean { get; }
    public Tensor Std { get; }

    Standardizer(Tensor mean, Tensor std) => (Mean, Std) = (mean.DetachFromDisposeScope(), std.DetachFromDisposeScope());

    /// <summary>Learns per-feature mean and standard deviation from <paramref name="train"/> ([N, features]); a constant feature keeps scale 1.</summary>
    public static Standardizer Fit(Tensor train)
    {
        var mean = train.mean([0L]);
        var std = train.std(0, unbiased: false);
        std = where(std < 1e-8, ones_like(std), std);
        return new Standardizer(mean, std);
    }

    /// <summary>(x - mean) / std, as a new tensor.</summary>
    public Tensor Transform(Tensor x) => (x - Mean) / Std;

    public void Dispose()
    {
        Mean.Dispose();
        Std.Dispose();
    }
}
