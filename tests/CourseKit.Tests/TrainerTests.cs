using CourseKit.Models;
using CourseKit.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace CourseKit.Tests;

public class TrainerTests
{
    public TrainerTests() => Setup.Init(quiet: true);

    static (Trainer Trainer, History History, List<(Tensor, Tensor)> Batches) TrainBlobs(int epochs = 8, int seed = 1, string? checkpoint = null)
    {
        Seeds.Reset(seed);
        var (x, y) = TestData.Blobs(400, seed);
        var batches = TestData.Batches(x, y, 32);
        var trainer = new Trainer(Mlp.Create(2, [16], 2), new TrainerOptions { Epochs = epochs, LearningRate = 0.01, Progress = false, CheckpointPath = checkpoint });
        return (trainer, trainer.Fit(batches, batches), batches);
    }

    [Fact]
    public void Small_mlp_learns_a_separable_task()
    {
        var (trainer, history, batches) = TrainBlobs();
        Assert.Equal(8, history.Epochs.Count);
        Assert.Equal(Enumerable.Range(1, 8), history.Epochs.Select(e => e.Epoch));
        Assert.True(history.Last.TrainLoss < history.Epochs[0].TrainLoss, $"loss should fall: {history}");
        var eval = trainer.Evaluate(batches);
        Assert.True(eval.Accuracy >= 0.95, $"accuracy {eval.Accuracy} below 95%");
        Assert.Equal(400, eval.Confusion!.Total);
        Assert.Equal(eval.Accuracy!.Value, eval.Confusion.Accuracy, 6);
    }

    [Fact]
    public void No_tensor_leaks_across_epochs()
    {
        Seeds.Reset(3);
        var (x, y) = TestData.Blobs(256, 3);
        // A source that makes new tensors per batch, like a shuffling loader: the Trainer's scopes must free them.
        IEnumerable<(Tensor, Tensor)> Source() { for (int i = 0; i < 256; i += 64) yield return (x[TensorIndex.Slice(i, i + 64)].clone(), y[TensorIndex.Slice(i, i + 64)].clone()); }
        var model = Mlp.Create(2, [8], 2);
        var trainer = new Trainer(model, new TrainerOptions { Epochs = 1, Progress = false });
        trainer.Fit(Source(), Source()); // warm-up: optimiser state is created once
        long before = DisposeScopeManager.Statistics.ThreadTotalLiveCount;
        var trainer2 = new Trainer(model, new TrainerOptions { Epochs = 5, Progress = false });
        long afterCtor = DisposeScopeManager.Statistics.ThreadTotalLiveCount;
        trainer2.Fit(Source(), Source());
        trainer2.Fit(Source(), Source());
        long afterFirst = DisposeScopeManager.Statistics.ThreadTotalLiveCount;
        trainer2.Fit(Source(), Source());
        Assert.Equal(afterFirst, DisposeScopeManager.Statistics.ThreadTotalLiveCount);
        Assert.True(afterFirst - afterCtor <= 2 * model.parameters().Count(), $"live tensors grew from {afterCtor} to {afterFirst} (before: {before})");
    }

    [Fact]
    public void Save_then_load_reproduces_predictions()
    {
        var (trainer, _, batches) = TrainBlobs(epochs: 3);
        var path = Path.Combine(Path.GetTempPath(), $"coursekit-{Guid.NewGuid():N}.bin");
        try
        {
            trainer.Save(path);
            var copy = new Trainer(Mlp.Create(2, [16], 2), new TrainerOptions { Progress = false });
            copy.Load(path);
            var x = batches[0].Item1;
            Assert.True(trainer.Predict(x).allclose(copy.Predict(x)));
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Same_seed_gives_identical_histories()
    {
        var a = TrainBlobs(epochs: 3, seed: 7).History;
        var b = TrainBlobs(epochs: 3, seed: 7).History;
        Assert.Equal(a.Epochs.Select(e => (e.TrainLoss, e.ValidationAccuracy)), b.Epochs.Select(e => (e.TrainLoss, e.ValidationAccuracy)));
    }

    [Fact]
    public void Resumed_run_ends_with_the_same_weights()
    {
        var dir = Path.Combine(Path.GetTempPath(), $"coursekit-ckpt-{Guid.NewGuid():N}");
        try
        {
            var full = TrainBlobs(epochs: 4, seed: 5).Trainer;
            TrainBlobs(epochs: 2, seed: 5, checkpoint: dir);          // "interrupted" after epoch 2
            var (resumed, history, _) = TrainBlobs(epochs: 4, seed: 5, checkpoint: dir); // fresh process would start here
            Assert.Equal(4, history.Epochs.Count);
            foreach (var (p, q) in full.Model.parameters().Zip(resumed.Model.parameters()))
                Assert.True(p.allclose(q, rtol: 1e-5, atol: 1e-6), "weights differ after resuming");
        }
        finally { if (Directory.Exists(dir)) Directory.Delete(dir, true); }
    }

    [Fact]
    public void Early_stopping_stops_and_reports_it()
    {
        Seeds.Reset(2);
        var (x, y) = TestData.Blobs(64, 2);
        var noise = TestData.Batches(x, y[torch.randperm(64)], 16); // labels shuffled: validation loss cannot keep improving
        var trainer = new Trainer(Mlp.Create(2, [32], 2), new TrainerOptions { Epochs = 200, LearningRate = 0.05, EarlyStoppingPatience = 3, Progress = false });
        var history = trainer.Fit(noise, TestData.Batches(x, y, 16));
        Assert.True(history.StoppedEarly);
        Assert.True(history.Epochs.Count < 200);
    }

    [Fact]
    public void Wrong_input_shape_names_the_layer()
    {
        var trainer = new Trainer(Mlp.Create(4, [8], 2), new TrainerOptions { Progress = false });
        var e = Assert.Throws<ShapeMismatchException>(() => trainer.Predict(zeros(3, 5)));
        Assert.Contains("linear1", e.Message);
        Assert.Contains("[..., 4]", e.Message);
        Assert.Contains("[3, 5]", e.Message);
    }
}
