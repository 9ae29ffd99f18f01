using Microsoft.Data.Analysis;
using TorchSharp;
using static TorchSharp.torch;

namespace CourseKit.Data;

/// <summary>A labelled dataset held as two tensors: float32 <see cref="Features"/> (one row or image per example) and int64
/// <see cref="Labels"/> (class indices into <see cref="ClassNames"/>). Like PyTorch's <c>TensorDataset</c>; the tensors live
/// outside any dispose scope until the dataset is disposed.</summary>
public sealed class TensorDataset : IDisposable
{
    public Tensor Features { get; }
    public Tensor Labels { get; }
    public IReadOnlyList<string> ClassNames { get; }
    /// <summary>Column names of tabular features (null for images).</summary>
    public IReadOnlyList<string>? FeatureNames { get; }
    /// <summary>What this is, e.g. "Fashion-MNIST train (subset, 10,000)".</summary>
    public string Name { get; }
    /// <summary>Where it was read from and how the features were scaled.</summary>
    public string Source { get; }

    public TensorDataset(Tensor features, Tensor labels, IReadOnlyList<string> classNames, string name, string source, IReadOnlyList<string>? featureNames = null)
    {
        if (features.shape[0] != labels.shape[0])
            throw new ArgumentException($"{name}: {features.shape[0]} feature rows but {labels.shape[0]} labels.");
        if (labels.dtype != ScalarType.Int64) throw new ArgumentException($"{name}: labels must be int64, got {labels.dtype}.");
        Features = features.DetachFromDisposeScope();
        Labels = labels.DetachFromDisposeScope();
        ClassNames = classNames;
        FeatureNames = featureNames;
        Name = name;
        Source = source;
    }

    /// <summary>Number of examples.</summary>
    public long Count => Labels.shape[0];

    public void Deconstruct(out Tensor features, out Tensor labels) => (features, labels) = (Features, Labels);

    /// <summary>How many examples each class has, in class order.</summary>
    public long[] LabelCounts()
    {
        var counts = new long[ClassNames.Count];
        foreach (var l in Labels.data<long>()) counts[l]++;
        return counts;
    }

    /// <summary>The examples at <paramref name="indices"/>, as a new dataset (copies).</summary>
    public TensorDataset Subset(long[] indices, string? name = null)
    {
        using var index = tensor(indices, ScalarType.Int64);
        return new TensorDataset(Features.index_select(0, index), Labels.index_select(0, index), ClassNames,
            name ?? $"{Name} [{indices.Length:N0}]", Source, FeatureNames);
    }

    /// <summary>A table view for display: one column per feature (tabular data) plus the label and class name; at most <paramref name="maxRows"/> rows.</summary>
    public DataFrame ToDataFrame(int maxRows = 1000)
    {
        int rows = (int)Math.Min(Count, maxRows);
        var columns = new List<DataFrameColumn>();
        using var flat = Features.narrow(0, 0, rows).reshape(rows, -1).contiguous();
        var values = flat.data<float>().ToArray();
        int width = (int)flat.shape[1];
        if (FeatureNames is not null)
        {
            for (int c = 0; c < width; c++)
            {
                var col = new SingleDataFrameColumn(FeatureNames[c], rows);
                for (int r = 0; r < rows; r++) col[r] = values[r * width + c];
                columns.Add(col);
            }
        }
        else
        {
            var summary = new StringDataFrameColumn("features", rows);
            var shape = "[" + string.Join("×", Features.shape.Skip(1)) + "]";
            for (int r = 0; r < rows; r++)
            {
                var row = values.AsSpan(r * width, width);
                float min = float.MaxValue, max = float.MinValue, sum = 0;
                foreach (var v in row) { min = Math.Min(min, v); max = Math.Max(max, v); sum += v; }
                summary[r] = $"{shape} min {min:0.###} mean {sum / width:0.###} max {max:0.###}";
            }
            columns.Add(summary);
        }
        var labels = Labels.narrow(0, 0, rows).data<long>().ToArray();
        columns.Add(new Int64DataFrameColumn("label", labels));
        columns.Add(new StringDataFrameColumn("class", labels.Select(l => ClassNames[(int)l])));
        return new DataFrame(columns);
    }

    public override string ToString() =>
        $"{Name}: features [{string.Join(", ", Features.shape)}] {Features.dtype}, labels [{Labels.shape[0]}] {Labels.dtype}, {ClassNames.Count} classes ({Source})";

    public void Dispose()
    {
        Features.Dispose();
        Labels.Dispose();
    }
}
