using Microsoft.Data.Analysis;

namespace CourseKit.Training;

/// <summary>What one epoch of <see cref="Trainer.Fit"/> measured. Accuracies are null for tasks without classes (regression, autoencoders).</summary>
public sealed record EpochResult(int Epoch, double TrainLoss, double? TrainAccuracy, double? ValidationLoss, double? ValidationAccuracy,
    double LearningRate, double Seconds);

/// <summary>The per-epoch record of a training run: one <see cref="EpochResult"/> per epoch, shown as a table in notebooks
/// and as curves by <c>Plots.Curves</c>. Taught in 00-setup.</summary>
public sealed class History
{
    readonly List<EpochResult> epochs = [];

    /// <summary>The epochs in order.</summary>
    public IReadOnlyList<EpochResult> Epochs => epochs;

    /// <summary>The last epoch (throws if training has not run).</summary>
    public EpochResult Last => epochs.Count > 0 ? epochs[^1] : throw new InvalidOperationException("This History is empty: call Trainer.Fit first.");

    /// <summary>True when early stopping ended training before the planned number of epochs.</summary>
    public bool StoppedEarly { get; internal set; }

    /// <summary>Total wall-clock seconds of all epochs.</summary>
    public double Seconds => epochs.Sum(e => e.Seconds);

    internal void Add(EpochResult e) => epochs.Add(e);

    internal static History From(IEnumerable<EpochResult> rows, bool stoppedEarly)
    {
        var h = new History { StoppedEarly = stoppedEarly };
        foreach (var r in rows) h.Add(r);
        return h;
    }

    /// <summary>The history as a DataFrame (one row per epoch) for tables and further analysis.</summary>
    public DataFrame ToDataFrame() => new(
        new PrimitiveDataFrameColumn<int>("epoch", epochs.Select(e => e.Epoch)),
        new PrimitiveDataFrameColumn<double>("train_loss", epochs.Select(e => e.TrainLoss)),
        new PrimitiveDataFrameColumn<double>("train_acc", epochs.Select(e => e.TrainAccuracy)),
        new PrimitiveDataFrameColumn<double>("val_loss", epochs.Select(e => e.ValidationLoss)),
        new PrimitiveDataFrameColumn<double>("val_acc", epochs.Select(e => e.ValidationAccuracy)),
        new PrimitiveDataFrameColumn<double>("lr", epochs.Select(e => e.LearningRate)),
        new PrimitiveDataFrameColumn<double>("seconds", epochs.Select(e => e.Seconds)));

    /// <summary>An HTML table of the epochs (what a notebook shows for a History).</summary>
    public string ToHtml()
    {
        static string F(double? v, string format = "0.0000") => v is double d ? d.ToString(format) : "–";
        var rows = string.Concat(epochs.Select(e =>
            $"<tr><td>{e.Epoch}</td><td>{F(e.TrainLoss)}</td><td>{F(e.TrainAccuracy, "0.00%")}</td><td>{F(e.ValidationLoss)}</td><td>{F(e.ValidationAccuracy, "0.00%")}</td><td>{e.LearningRate:g3}</td><td>{e.Seconds:0.00}</td></tr>"));
        var note = StoppedEarly ? "<caption>stopped early</caption>" : "";
        return $"<table>{note}<thead><tr><th>epoch</th><th>train loss</th><th>train acc</th><th>val loss</th><th>val acc</th><th>lr</th><th>s</th></tr></thead><tbody>{rows}</tbody></table>";
    }

    public override string ToString() => epochs.Count == 0 ? "History (empty)" :
        $"History: {epochs.Count} epochs, train loss {epochs[0].TrainLoss:0.0000} → {Last.TrainLoss:0.0000}" +
        (Last.ValidationAccuracy is double a ? $", validation accuracy {a:0.00%}" : "") + $", {Seconds:0.0} s";
}
