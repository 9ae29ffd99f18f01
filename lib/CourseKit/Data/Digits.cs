namespace CourseKit.Data;

/// <summary>Handwritten digits (UCI optical recognition, as bundled with scikit-learn): 1,797 images of 8×8 pixels with values 0..16,
/// scaled to [0,1] (value / 16) as float32 [N,64], or [N,1,8,8] with asImages; int64 labels 0..9.
/// Used in 02-same-or-different and 05-dl-builds-on-nn.</summary>
public static class Digits
{
    public static readonly IReadOnlyList<string> ClassNames = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];

    /// <summary>All 1,797 digits from the shipped scikit-learn file.</summary>
    public static TensorDataset Load(bool asImages = false)
    {
        var names = Enumerable.Range(0, 64).Select(i => $"pixel_{i / 8}_{i % 8}").ToArray();
        var flat = SklearnData.Load("sklearn/digits.csv.gz", "Digits", names, ClassNames, 1f / 16f, hasHeader: false, "pixels / 16, in [0,1]");
        if (!asImages) return flat;
        var images = new TensorDataset(flat.Features.reshape(-1, 1, 8, 8).clone(), flat.Labels.clone(), ClassNames, "Digits (images)", flat.Source);
        flat.Dispose();
        return images;
    }
}
