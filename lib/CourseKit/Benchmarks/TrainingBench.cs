using System.Diagnostics;
using CourseKit.Data;
using CourseKit.Models;
using CourseKit.Training;
using TorchSharp;
using Sequential = TorchSharp.Modules.Sequential;
using static TorchSharp.torch;

namespace CourseKit.Benchmarks;

/// <summary>Sizes for <see cref="TrainingBench"/>: examples, epochs (the MLP's epochs are 20× shorter, so it gets more of them) and
/// repetitions; the defaults keep the whole bench under 5 minutes here.</summary>
public sealed record BenchOptions(int Samples = 10000, int Epochs = 3, int MlpEpochs = 8, int Repeats = 5, int MemoryEpochs = 10, int MemorySamples = 1500, int Seed = 1);

/// <summary>Seconds per epoch and final test accuracy of one training run.</summary>
public sealed record RunTiming(double SecondsPerEpoch, double TestAccuracy);

/// <summary>Trainer against a hand-written loop on the same model, data, seed and batch size, alternated A B A B.</summary>
public sealed record OverheadResult(string Model, IReadOnlyList<RunTiming> Trainer, IReadOnlyList<RunTiming> Hand, double MedianRatio, double SamplesPerSecond);

/// <summary>Live tensors and process memory after each epoch.</summary>
public sealed record MemoryResult(IReadOnlyList<long> LiveTensors, IReadOnlyList<long> RssBytes)
{
    /// <summary>Tensor growth from epoch 2 to the last.</summary>
    public long TensorGrowth => LiveTensors.Count >= 2 ? LiveTensors[^1] - LiveTensors[1] : 0;
    /// <summary>RSS growth from epoch 2 to the last, in percent.</summary>
    public double RssGrowthPercent => RssBytes.Count >= 2 ? 100.0 * (RssBytes[^1] - RssBytes[1]) / RssBytes[1] : 0;
}

/// <summary>The training benchmarks behind <c>coursekit bench</c>: Trainer overhead, CNN throughput against the machine's matrix-multiply
/// speed, memory over epochs, and threads. The CNN is the fixed reference <see cref="Cnn.Create"/> (Adam, lr 1e-3, batch 128, float32).</summary>
public static class TrainingBench
{
    public const int BatchSize = 128;
    public const double LearningRate = 1e-3;

    /// <summary>The benchmark's MLP: 784-256-128-10 with ReLU.</summary>
    public static Sequential MakeMlp() => Mlp.Create(784, [256, 128], 10);

    /// <summary>Trains once with <see cref="Trainer"/>.</summary>
    public static RunTiming WithTrainer(Func<Sequential> make, TensorDataset train, TensorDataset test, int epochs, int seed)
    {
        Seeds.Reset(seed);
        var model = make();
        var trainer = new Trainer(model, new TrainerOptions { Epochs = epochs, LearningRate = LearningRate, Progress = false });
        var history = trainer.Fit(new DataLoader(train, BatchSize, shuffle: true, seed: seed));
        var accuracy = trainer.Evaluate(new DataLoader(test, 500, shuffle: false), confusion: false).Accuracy ?? double.NaN;
        model.Dispose();
        return new RunTiming(history.Seconds / epochs, accuracy);
    }

    /// <summary>Trains once with the minimal loop a TorchSharp user would write by hand.</summary>
    public static RunTiming ByHand(Func<Sequential> make, TensorDataset train, TensorDataset test, int epochs, int seed)
    {
        Seeds.Reset(seed);
        var model = make();
        var device = Setup.Device;
        model.to(device);
        using var optimizer = optim.Adam(model.parameters(), LearningRate);
        var loader = new DataLoader(train, BatchSize, shuffle: true, seed: seed);
        var clock = Stopwatch.StartNew();
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            model.train();
            foreach (var (x, y) in loader)
            {
                using var scope = NewDisposeScope();
                optimizer.zero_grad();
                var loss = nn.functional.cross_entropy(model.call(x.to(device)), y.to(device));
                loss.backward();
                optimizer.step();
            }
        }
        var seconds = clock.Elapsed.TotalSeconds;
        long correct = 0;
        model.eval();
        using (no_grad())
            foreach (var (x, y) in new DataLoader(test, 500, shuffle: false))
            {
                using var scope = NewDisposeScope();
                correct += model.call(x.to(device)).argmax(1).eq(y.to(device)).sum().item<long>();
            }
        model.Dispose();
        return new RunTiming(seconds / epochs, (double)correct / test.Count);
    }

    /// <summary>Trainer and hand loop alternated (A B, B A, …) <see cref="BenchOptions.Repeats"/> times; the median of the per-pair ratios.</summary>
    public static OverheadResult Overhead(string name, Func<Sequential> make, TensorDataset train, TensorDataset test, BenchOptions o, int epochs)
    {
        // Warm-up of both paths (JIT, libtorch's allocator and thread pool): the first run of anything here is 30–50% slower.
        using (var warm = train.Subset(Enumerable.Range(0, Math.Min(2048, (int)train.Count)).Select(i => (long)i).ToArray()))
        {
            WithTrainer(make, warm, test, 1, o.Seed);
            ByHand(make, warm, test, 1, o.Seed);
        }
        var a = new List<RunTiming>(); var b = new List<RunTiming>();
        for (int r = 0; r < o.Repeats; r++)
        {
            // A B, then B A: whichever runs second in a pair gets no systematic advantage from drift or warm caches.
            if (r % 2 == 0) { a.Add(WithTrainer(make, train, test, epochs, o.Seed)); b.Add(ByHand(make, train, test, epochs, o.Seed)); }
            else { b.Add(ByHand(make, train, test, epochs, o.Seed)); a.Add(WithTrainer(make, train, test, epochs, o.Seed)); }
        }
        var ratios = a.Zip(b, (x, y) => x.SecondsPerEpoch / y.SecondsPerEpoch).Order().ToList();
        double median = ratios.Count % 2 == 1 ? ratios[ratios.Count / 2] : (ratios[ratios.Count / 2 - 1] + ratios[ratios.Count / 2]) / 2;
        return new OverheadResult(name, a, b, median, train.Count / a.Min(t => t.SecondsPerEpoch));
    }

    /// <summary>Float32 matrix-multiply speed on the current threads, in GFLOP/s (best of several 1024×1024 products).</summary>
    public static double GemmGflops(int n = 1024, int repeats = 10)
    {
        using var scope = NewDisposeScope();
        var a = randn(n, n, device: Setup.Device); var b = randn(n, n, device: Setup.Device);
        a.matmul(b).Dispose();
        double best = double.PositiveInfinity;
        for (int i = 0; i < repeats; i++)
        {
            var clock = Stopwatch.StartNew();
            using var c = a.matmul(b);
            c.sum().item<float>();
            best = Math.Min(best, clock.Elapsed.TotalSeconds);
        }
        return 2.0 * n * n * n / best / 1e9;
    }

    /// <summary>Achieved training GFLOP/s: 2 FLOPs per multiply-add, × 3 for forward and backward, × samples per second.</summary>
    public static double TrainingGflops(Func<Sequential> make, double samplesPerSecond)
    {
        using var model = make();
        return 2.0 * 3 * Flops.PerSample(model, [1, 28, 28]) * samplesPerSecond / 1e9;
    }

    /// <summary>Live tensors and RSS after each of <see cref="BenchOptions.MemoryEpochs"/> epochs of CNN training.</summary>
    public static MemoryResult Memory(TensorDataset train, BenchOptions o)
    {
        var tensors = new List<long>(); var rss = new List<long>();
        Seeds.Reset(o.Seed);
        using var model = Cnn.Create();
        var trainer = new Trainer(model, new TrainerOptions
        {
            Epochs = o.MemoryEpochs, LearningRate = LearningRate, Progress = false,
            OnEpoch = _ =>
            {
                GC.Collect(); GC.WaitForPendingFinalizers();
                tensors.Add(DisposeScopeManager.Statistics.ThreadTotalLiveCount);
                using var self = Process.GetCurrentProcess();
                rss.Add(self.WorkingSet64);
            },
        });
        trainer.Fit(new DataLoader(train, BatchSize, shuffle: true, seed: o.Seed));
        return new MemoryResult(tensors, rss);
    }

    /// <summary>CNN seconds per epoch with the given number of threads (restoring the previous setting).</summary>
    public static double SecondsPerEpochWithThreads(int threads, TensorDataset train, TensorDataset test, int seed)
    {
        int before = get_num_threads();
        try
        {
            set_num_threads(threads);
            return WithTrainer(() => Cnn.Create(), train, test, 1, seed).SecondsPerEpoch;
        }
        finally { set_num_threads(before); }
    }
}
