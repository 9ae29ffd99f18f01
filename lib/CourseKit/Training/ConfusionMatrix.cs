namespace CourseKit.Training;

/// <summary>Counts of (true class, predicted class) pairs, with per-class precision and recall. Shown as a table, and as a heatmap by
/// <c>Plots.Confusion</c>. Taught in 04-how-networks-work and 08-deep-vs-machine-learning.</summary>
public sealed class ConfusionMatrix
{
    /// <summary>Counts[actual, predicted].</summary>
    public long[,] Counts { get; }
    public IReadOnlyList<string> ClassNames { get; }

    /// <summary>Builds the matrix from true and predicted class indices (same length); names default to "0", "1", ...</summary>
    public ConfusionMatrix(IReadOnlyList<long> actual, IReadOnlyList<long> predicted, IReadOnlyList<string>? classNames = null)
    {
        if (actual.Count != predicted.Count)
            throw new ArgumentException($"{actual.Count} true labels but {predicted.Count} predictions: they must pair up one to one.");
        int k = (int)Math.Max(classNames?.Count ?? 0, Math.Max(actual.DefaultIfEmpty(-1).Max(), predicted.DefaultIfEmpty(-1).Max()) + 1);
        ClassNames = classNames ?? Enumerable.Range(0, k).Select(i => i.ToString()).ToList();
        Counts = new long[k, k];
        for (int i = 0; i < actual.Count; i++) Counts[actual[i], predicted[i]]++;
    }

    public int ClassCount => Counts.GetLength(0);
    public long Total => Enumerable.Range(0, ClassCount).Sum(i => Enumerable.Range(0, ClassCount).Sum(j => Counts[i, j]));
    public double Accuracy => Total == 0 ? 0 : (double)Enumerable.Range(0, ClassCount).Sum(i => Counts[i, i]) / Total;

    /// <summary>Of the examples predicted as class c, the fraction that were c (NaN if none was predicted c).</summary>
    public double Precision(int c) { long col = Enumerable.Range(0, ClassCount).Sum(i => Counts[i, c]); return col == 0 ? double.NaN : (double)Counts[c, c] / col; }

    /// <summary>Of the examples of class c, the fraction predicted as c (NaN if the class never occurs).</summary>
    public double Recall(int c) { long row = Enumerable.Range(0, ClassCount).Sum(j => Counts[c, j]); return row == 0 ? double.NaN : (double)Counts[c, c] / row; }

    /// <summary>An HTML table: counts, then precision and recall per class.</summary>
    public string ToHtml()
    {
        var head = string.Concat(ClassNames.Select(n => $"<th>{System.Net.WebUtility.HtmlEncode(n)}</th>"));
        var rows = string.Concat(Enumerable.Range(0, ClassCount).Select(i =>
            $"<tr><th>{System.Net.WebUtility.HtmlEncode(ClassNames[i])}</th>{string.Concat(Enumerable.Range(0, ClassCount).Select(j => i == j ? $"<td><b>{Counts[i, j]}</b></td>" : $"<td>{Counts[i, j]}</td>"))}<td>{Precision(i):0.000}</td><td>{Recall(i):0.000}</td></tr>"));
        return $"<table><caption>rows: true class · columns: predicted · accuracy {Accuracy:0.00%}</caption><thead><tr><th></th>{head}<th>precision</th><th>recall</th></tr></thead><tbody>{rows}</tbody></table>";
    }

    public override string ToString() => $"ConfusionMatrix {ClassCount}×{ClassCount}, {Total} examples, accuracy {Accuracy:0.00%}";
}
