using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CourseKit.Data;
using CourseKit.Models;
using static TorchSharp.torch;

namespace CourseKit.Benchmarks;

/// <summary>Everything <c>coursekit bench</c> measured, as a markdown table and as JSON.</summary>
public sealed record BenchReport(int Threads, string Device, OverheadResult Mlp, OverheadResult Cnn, double GemmGflops, double CnnGflops,
    MemoryResult Memory, double? FullLoadSeconds, double SubsetLoadSeconds, double LoaderBatchesPerSecond,
    IReadOnlyDictionary<int, double> CnnSecondsPerEpochByThreads, double TotalSeconds)
{
    public double GemmFraction => CnnGflops / GemmGflops;

    /// <summary>The figures as a markdown table.</summary>
    public string ToMarkdown()
    {
        var s = new StringBuilder();
        s.AppendLine($"CourseKit bench · {Threads} thread(s) · device {Device} · {TotalSeconds:0} s");
        s.AppendLine();
        s.AppendLine("| figure | value | note |");
        s.AppendLine("|---|---|---|");
        foreach (var o in new[] { Mlp, Cnn })
        {
            s.AppendLine($"| {o.Model}: Trainer s/epoch | {o.Trainer.Min(t => t.SecondsPerEpoch):0.000} | best of {o.Trainer.Count}; test acc {o.Trainer[^1].TestAccuracy:P2} |");
            s.AppendLine($"| {o.Model}: hand loop s/epoch | {o.Hand.Min(t => t.SecondsPerEpoch):0.000} | best of {o.Hand.Count}; test acc {o.Hand[^1].TestAccuracy:P2} |");
            s.AppendLine($"| {o.Model}: Trainer / hand (median of A B pairs) | {o.MedianRatio:0.000} | target ≤ 1.05 |");
            s.AppendLine($"| {o.Model}: training samples/s | {o.SamplesPerSecond:N0} | batch {TrainingBench.BatchSize} |");
        }
        s.AppendLine($"| matrix multiply (float32 1024²) | {GemmGflops:0.0} GFLOP/s | best of 10 |");
        s.AppendLine($"| CNN training step | {CnnGflops:0.0} GFLOP/s | 2 FLOP per multiply-add × 3 (forward + backward) |");
        s.AppendLine($"| CNN / matrix multiply | {GemmFraction:P0} | target ≥ 60% |");
        s.AppendLine($"| live tensors, epoch 2 → {Memory.LiveTensors.Count} | {Memory.LiveTensors[1]} → {Memory.LiveTensors[^1]} (growth {Memory.TensorGrowth}) | target 0 |");
        s.AppendLine($"| RSS, epoch 2 → {Memory.RssBytes.Count} | {Memory.RssBytes[1] / 1e6:0} → {Memory.RssBytes[^1] / 1e6:0} MB ({Memory.RssGrowthPercent:+0.0;-0.0}%) | target < 5% |");
        s.AppendLine($"| Fashion-MNIST subset: load train+test | {SubsetLoadSeconds:0.000} s | verified from cache |");
        s.AppendLine($"| Fashion-MNIST full 60k: load | {(FullLoadSeconds is double f ? $"{f:0.000} s" : "n/a")} | {(FullLoadSeconds is null ? "full set not on this machine" : "target < 2 s")} |");
        s.AppendLine($"| DataLoader batches/s (batch 128) | {LoaderBatchesPerSecond:N0} | |");
        foreach (var (threads, seconds) in CnnSecondsPerEpochByThreads)
            s.AppendLine($"| CNN s/epoch at {threads} thread(s) | {seconds:0.000} | |");
        return s.ToString();
    }

    /// <summary>The figures as JSON (numbers; null where not measurable).</summary>
    public string ToJson() => new JsonObject
    {
        ["threads"] = Threads,
        ["device"] = Device,
        ["trainer_overhead"] = new JsonObject { ["mlp"] = Mlp.MedianRatio, ["cnn"] = Cnn.MedianRatio },
        ["trainer_test_accuracy"] = new JsonObject { ["mlp"] = Mlp.Trainer[^1].TestAccuracy, ["cnn"] = Cnn.Trainer[^1].TestAccuracy },
        ["hand_test_accuracy"] = new JsonObject { ["mlp"] = Mlp.Hand[^1].TestAccuracy, ["cnn"] = Cnn.Hand[^1].TestAccuracy },
        ["cnn_train_samples_per_second"] = Cnn.SamplesPerSecond,
        ["mlp_train_samples_per_second"] = Mlp.SamplesPerSecond,
        ["gemm_gflops"] = GemmGflops,
        ["cnn_gflops"] = CnnGflops,
        ["gemm_fraction"] = GemmFraction,
        ["tensor_growth"] = Memory.TensorGrowth,
        ["rss_growth_percent"] = Memory.RssGrowthPercent,
        ["fmnist_full_load_seconds"] = FullLoadSeconds,
        ["fmnist_subset_load_seconds"] = SubsetLoadSeconds,
        ["loader_batches_per_second"] = LoaderBatchesPerSecond,
        ["cnn_seconds_per_epoch_by_threads"] = new JsonObject(CnnSecondsPerEpochByThreads.Select(kv => KeyValuePair.Create(kv.Key.ToString(), (JsonNode?)kv.Value))),
        ["seconds"] = TotalSeconds,
    }.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
}

/// <summary>Runs every benchmark of <c>coursekit bench</c> in order, reporting progress lines as it goes.</summary>
public static class CourseBench
{
    public static BenchReport Run(BenchOptions options, Action<string> log)
    {
        var clock = Stopwatch.StartNew();
        var info = Setup.Info;
        int threads = get_num_threads();

        log("data: loading Fashion-MNIST…");
        var data = DataBench.Run();

        using var trainAll = FashionMnist.LoadSubset(Split.Train);
        using var test = FashionMnist.LoadSubset(Split.Test);
        using var train = trainAll.Subset(Splits.StratifiedSample(trainAll.Labels.data<long>().ToArray(), options.Samples / 10, options.Seed));

        log($"trainer overhead: MLP 784-256-128-10, {train.Count} images, {options.MlpEpochs} epochs, {options.Repeats} pairs…");
        var mlp = TrainingBench.Overhead("MLP", TrainingBench.MakeMlp, train, test, options, options.MlpEpochs);
        log($"trainer overhead: CNN, {train.Count} images, {options.Epochs} epochs, {options.Repeats} pairs…");
        var cnn = TrainingBench.Overhead("CNN", () => Cnn.Create(), train, test, options, options.Epochs);

        log("matrix multiply…");
        double gemm = TrainingBench.GemmGflops();
        double cnnGflops = TrainingBench.TrainingGflops(() => Cnn.Create(), cnn.SamplesPerSecond);

        log($"memory: {options.MemoryEpochs} epochs of CNN training on {options.MemorySamples} images…");
        using var small = trainAll.Subset(Splits.StratifiedSample(trainAll.Labels.data<long>().ToArray(), options.MemorySamples / 10, options.Seed));
        var memory = TrainingBench.Memory(small, options);

        var byThreads = new SortedDictionary<int, double>();
        foreach (var t in new[] { 1, Math.Max(2, threads) }.Distinct().Where(t => t <= Environment.ProcessorCount))
        {
            log($"threads: CNN epoch at {t} thread(s)…");
            byThreads[t] = TrainingBench.SecondsPerEpochWithThreads(t, small, test, options.Seed);
        }
        return new BenchReport(threads, info.Device, mlp, cnn, gemm, cnnGflops, memory, data.FullLoadSeconds, data.SubsetLoadSeconds, data.LoaderBatchesPerSecond, byThreads, clock.Elapsed.TotalSeconds);
    }
}
