namespace CourseKit.Data;

/// <summary>Fisher's iris flowers: 150 examples, 4 measurements in cm (float32, unscaled), 3 species (int64 labels).
/// Used in 01-what-are-neural-networks and 07-nn-vs-ml; standardise with <see cref="Standardizer"/> before training.</summary>
public static class Iris
{
    public static readonly IReadOnlyList<string> FeatureNames = ["sepal length (cm)", "sepal width (cm)", "petal length (cm)", "petal width (cm)"];

    /// <summary>All 150 examples from the shipped scikit-learn file.</summary>
    public static TensorDataset Load() =>
        SklearnData.Load("sklearn/iris.csv", "Iris", FeatureNames, null, 1f, hasHeader: true, "features in cm, unscaled");
}
