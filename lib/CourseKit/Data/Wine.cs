namespace CourseKit.Data;

/// <summary>Wine recognition: 178 wines from three cultivars, 13 chemical measurements (float32, original units, very different ranges)
/// and int64 labels class_0..class_2. Used in 07-nn-vs-ml; standardise with <see cref="Standardizer"/> before training a network.</summary>
public static class Wine
{
    public static readonly IReadOnlyList<string> FeatureNames =
    [
        "alcohol", "malic_acid", "ash", "alcalinity_of_ash", "magnesium", "total_phenols", "flavanoids", "nonflavanoid_phenols",
        "proanthocyanins", "color_intensity", "hue", "od280/od315_of_diluted_wines", "proline",
    ];

    /// <summary>All 178 examples from the shipped scikit-learn file.</summary>
    public static TensorDataset Load() =>
        SklearnData.Load("sklearn/wine_data.csv", "Wine", FeatureNames, null, 1f, hasHeader: true, "features in original units, unscaled");
}
