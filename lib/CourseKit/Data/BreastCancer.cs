namespace CourseKit.Data;

/// <summary>Breast cancer Wisconsin (diagnostic): 569 tumours, 30 features computed from cell-nucleus images (float32, original units)
/// and int64 labels 0 = malignant, 1 = benign. Used in 06-applications (credit-style tabular scoring) and 07-nn-vs-ml;
/// standardise with <see cref="Standardizer"/> before training a network.</summary>
public static class BreastCancer
{
    public static readonly IReadOnlyList<string> FeatureNames =
    [
        "mean radius", "mean texture", "mean perimeter", "mean area", "mean smoothness", "mean compactness", "mean concavity",
        "mean concave points", "mean symmetry", "mean fractal dimension", "radius error", "texture error", "perimeter error", "area error",
        "smoothness error", "compactness error", "concavity error", "concave points error", "symmetry error", "fractal dimension error",
        "worst radius", "worst texture", "worst perimeter", "worst area", "worst smoothness", "worst compactness", "worst concavity",
        "worst concave points", "worst symmetry", "worst fractal dimension",
    ];

    /// <summary>All 569 examples from the shipped scikit-learn file.</summary>
    public static TensorDataset Load() =>
        SklearnData.Load("sklearn/breast_cancer.csv", "Breast cancer", FeatureNames, null, 1f, hasHeader: true, "features in original units, unscaled");
}
