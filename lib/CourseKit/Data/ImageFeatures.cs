using static TorchSharp.torch;

namespace CourseKit.Data;

/// <summary>Hand-made features of greyscale images [N, 1, H, W] (values 0–1): the kind of features a person designs for a classic
/// model, in contrast to a CNN that learns its own from raw pixels. Taught in 03-key-differences (human intervention).</summary>
public static class ImageFeatures
{
    /// <summary>How many bands the row and column profiles have.</summary>
    public const int Bands = 7;

    /// <summary>The feature names, in column order of <see cref="Compute"/>.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "ink", "left-right symmetry", "top-bottom symmetry",
        .. Enumerable.Range(0, Bands).Select(b => $"row band {b}"),
        .. Enumerable.Range(0, Bands).Select(b => $"column band {b}"),
        "inked rows", "inked columns", "centre of mass y", "centre of mass x", "horizontal edges", "vertical edges",
    ];

    /// <summary>One row of <see cref="Names"/>.Count features per image: ink mass, two symmetries, row and column ink profiles in
    /// <see cref="Bands"/> bands, the fraction of rows and columns that carry ink, the centre of mass, and edge strength.</summary>
    public static Tensor Compute(Tensor images)
    {
        if (images.dim() != 4 || images.shape[1] != 1)
            throw new ArgumentException($"ImageFeatures.Compute needs greyscale images [N, 1, H, W]; got {Shapes.Describe(images)}.");
        long h = images.shape[2], w = images.shape[3];
        if (h < Bands || w < Bands) throw new ArgumentException($"Images must be at least {Bands}×{Bands} pixels; got {h}×{w}.");
        using var scope = NewDisposeScope();
        var x = images[.., 0].to(ScalarType.Float32);                     // [N, H, W]
        var ink = x.mean([1, 2]);
        var lr = 1 - (x - x.flip(2)).abs().mean([1, 2]);
        var tb = 1 - (x - x.flip(1)).abs().mean([1, 2]);
        var rows = x.mean([2]);                                            // [N, H]: ink per row
        var cols = x.mean([1]);                                            // [N, W]: ink per column
        var rowBands = Banded(rows, Bands);
        var colBands = Banded(cols, Bands);
        var inkedRows = rows.gt(0.05).to(ScalarType.Float32).mean([1]);
        var inkedCols = cols.gt(0.05).to(ScalarType.Float32).mean([1]);
        var total = x.sum([1, 2]) + 1e-6f;
        var ys = arange(h, dtype: ScalarType.Float32) / (h - 1);
        var xs = arange(w, dtype: ScalarType.Float32) / (w - 1);
        var cy = (rows * h * ys).sum([1]) / total;
        var cx = (cols * w * xs).sum([1]) / total;
        var edgesH = (x[.., 1.., ..] - x[.., ..^1, ..]).abs().mean([1, 2]);
        var edgesV = (x[.., .., 1..] - x[.., .., ..^1]).abs().mean([1, 2]);
        return cat([stack([ink, lr, tb], 1), rowBands, colBands, stack([inkedRows, inkedCols, cy, cx, edgesH, edgesV], 1)], 1)
            .MoveToOuterDisposeScope();
    }

    /// <summary>Averages a profile [N, L] into <paramref name="bands"/> nearly equal consecutive bands [N, bands].</summary>
    static Tensor Banded(Tensor profile, int bands)
    {
        long length = profile.shape[1];
        var parts = new List<Tensor>();
        for (int b = 0; b < bands; b++)
        {
            long start = b * length / bands, end = (b + 1) * length / bands;
            parts.Add(profile[.., (int)start..(int)end].mean([1]));
        }
        return stack(parts, 1);
    }
}
