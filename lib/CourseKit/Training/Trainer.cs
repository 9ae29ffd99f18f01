using System.Diagnostics;
using TorchSharp;
using static TorchSharp.torch;

namespace CourseKit.Training;

/// <summary>What <see cref="Trainer.Evaluate"/> measured on a data set.</summary>
public sealed record Evaluation(double Loss, double? Accuracy, long Examples, ConfusionMatrix? Confusion)
{
    public override string ToString() => $"loss {Loss:0.0000}" + (Accuracy is double a ? $", accuracy {a:0.00%}" : "") + $" on {Examples} examples";
}

/// <summary>
/// Fits any TorchSharp module on batches from any source: moves model and batches to the device, runs each batch inside a dispose
/// scope (nothing leaks across batches or epochs), evaluates, and returns a <see cref="History"/>. The from-scratch loop it replaces
/// is written out in 00-setup.
/// </summary>
public sealed class Trainer
{
    readonly nn.Module<Tensor, Tensor> model;
    readonly optim.Optimizer optimizer;
    readonly optim.lr_scheduler.LRScheduler? schedule;

    public TrainerOptions Options { get; }
    public Device Device { get; }

    /// <summary>The model being trained (already moved to <see cref="Device"/>).</summary>
    public nn.Module<Tensor, Tensor> Model => model;

    public Trainer(nn.Module<Tensor, Tensor> model, TrainerOptions? options = null)
    {
        Options = options ?? new TrainerOptions();
        if (Options.Epochs < 1) throw new ArgumentException($"TrainerOptions.Epochs is {Options.Epochs}: train for at least one epoch.");
        Device = Options.Device ?? Setup.Device;
        this.model = model;
        model.to(Device);
        optimizer = Options.Optimizer(model.parameters(), Options.LearningRate);
        schedule = Options.Schedule?.Invoke(optimizer);
    }

    /// <summary>Trains for <see cref="TrainerOptions.Epochs"/> epochs on <paramref name="train"/> (enumerated once per epoch),
    /// evaluating on <paramref name="validation"/> after each epoch when given.</summary>
    public History Fit(IEnumerable<(Tensor X, Tensor Y)> train, IEnumerable<(Tensor X, Tensor Y)>? validation = null)
    {
        var rows = new List<EpochResult>();
        int start = 1;
        if (Options.CheckpointPath is string cp && File.Exists(cp))
        {
            var resumed = Checkpoint.Load(cp, model, optimizer);
            rows.AddRange(resumed);
            start = resumed.Count + 1;
        }
        var progress = Options.Progress ? TrainingProgress.Create(Options.Epochs) : null;
        double bestLoss = double.PositiveInfinity;
        Dictionary<string, Tensor>? bestWeights = null;
        int sinceBest = 0;
        bool stoppedEarly = false;

        for (int epoch = start; epoch <= Options.Epochs; epoch++)
        {
            var clock = Stopwatch.StartNew();
            model.train();
            double lossSum = 0; long correct = 0, seen = 0; bool classifying = true; int batch = 0;
            using (var e = train.GetEnumerator())
            {
                while (true)
                {
                    using var scope = NewDisposeScope(); // opened before MoveNext so batches the source creates are freed too
                    if (!e.MoveNext()) break;
                    var (x, y) = e.Current;
                    var xd = x.to(Device); var yd = y.to(Device);
                    optimizer.zero_grad();
                    var output = Forward(xd);
                    var loss = Options.Loss(output, yd);
                    loss.backward();
                    optimizer.step();
                    long n = x.shape[0];
                    double l = loss.item<float>();
                    if (double.IsNaN(l)) throw new TrainingDivergedException(epoch, batch + 1, Options.LearningRate);
                    lossSum += l * n; seen += n;
                    if (classifying && Metrics.Correct(output, yd) is long c) correct += c; else classifying = false;
                    batch++;
                    progress?.Batch(epoch, batch, lossSum / seen);
                }
            }
            if (seen == 0) throw new ArgumentException("The training data gave no batches: check that the data set is not empty.");
            Evaluation? val = validation is null ? null : Evaluate(validation, confusion: false);
            double lr = optimizer.ParamGroups.First().LearningRate;
            schedule?.step();
            var row = new EpochResult(epoch, lossSum / seen, classifying ? (double)correct / seen : null, val?.Loss, val?.Accuracy, lr, clock.Elapsed.TotalSeconds);
            rows.Add(row);
            progress?.Epoch(row);
            Options.OnEpoch?.Invoke(row);

            if (Options.EarlyStoppingPatience is int patience && val is not null)
            {
                if (val.Loss < bestLoss - 1e-6)
                {
                    bestLoss = val.Loss; sinceBest = 0;
                    DisposeAll(bestWeights);
                    bestWeights = model.state_dict().ToDictionary(kv => kv.Key, kv => kv.Value.detach().clone().DetachFromDisposeScope());
                }
                else if (++sinceBest >= patience)
                {
                    stoppedEarly = epoch < Options.Epochs;
                    break;
                }
            }
            if (Options.CheckpointPath is string path) Checkpoint.Save(path, model, optimizer, rows);
        }
        if (bestWeights is not null)
        {
            using (no_grad())
                foreach (var (name, value) in model.state_dict()) value.copy_(bestWeights[name]);
            DisposeAll(bestWeights);
        }
        var history = History.From(rows, stoppedEarly);
        progress?.Done(history);
        return history;
    }

    /// <summary>Loss, accuracy and (for classifiers) a confusion matrix on a data set, without changing the model.</summary>
    public Evaluation Evaluate(IEnumerable<(Tensor X, Tensor Y)> data, IReadOnlyList<string>? classNames = null, bool confusion = true)
    {
        model.eval();
        double lossSum = 0; long correct = 0, seen = 0; bool classifying = true;
        var actual = new List<long>(); var predicted = new List<long>();
        using (no_grad())
        using (var e = data.GetEnumerator())
        {
            while (true)
            {
                using var scope = NewDisposeScope();
                if (!e.MoveNext()) break;
                var (x, y) = e.Current;
                var xd = x.to(Device); var yd = y.to(Device);
                var output = Forward(xd);
                long n = x.shape[0];
                lossSum += Options.Loss(output, yd).item<float>() * n; seen += n;
                if (classifying && Metrics.Correct(output, yd) is long c)
                {
                    correct += c;
                    if (confusion && yd.dtype == ScalarType.Int64)
                    {
                        actual.AddRange(yd.cpu().data<long>().ToArray());
                        predicted.AddRange(output.argmax(1).cpu().data<long>().ToArray());
                    }
                }
                else classifying = false;
            }
        }
        if (seen == 0) throw new ArgumentException("The evaluation data gave no batches: check that the data set is not empty.");
        var matrix = classifying && actual.Count == seen ? new ConfusionMatrix(actual, predicted, classNames) : null;
        return new Evaluation(lossSum / seen, classifying ? (double)correct / seen : null, seen, matrix);
    }

    /// <summary>The model's output for <paramref name="x"/> (evaluation mode, no gradients), on the CPU.</summary>
    public Tensor Predict(Tensor x)
    {
        model.eval();
        using var _ = no_grad();
        using var scope = NewDisposeScope();
        return Forward(x.to(Device)).cpu().MoveToOuterDisposeScope();
    }

    /// <summary>Writes the model's weights to <paramref name="path"/> (TorchSharp's format).</summary>
    public void Save(string path) => ModelFiles.Save(model, path);

    /// <summary>Reads weights saved by <see cref="Save"/> into the model.</summary>
    public void Load(string path) => ModelFiles.Load(model, path);

    Tensor Forward(Tensor x) => ShapeErrors.Explain(model, x, () => model.call(x));

    static void DisposeAll(Dictionary<string, Tensor>? tensors)
    {
        if (tensors is null) return;
        foreach (var t in tensors.Values) t.Dispose();
    }
}

/// <summary>Thrown when the loss becomes NaN: the learning rate is usually too high.</summary>
public sealed class TrainingDivergedException(int epoch, int batch, double learningRate)
    : Exception($"The loss became NaN in epoch {epoch}, batch {batch}: training diverged. Try a smaller learning rate than {learningRate:g3} (e.g. a tenth), or check the inputs for NaN.");
