using System.Text.Json.Nodes;
using CourseKit.Benchmarks;

namespace CourseKit.Tests;

public class BenchTests
{
    public BenchTests() => Setup.Init(quiet: true);

    [Fact]
    public void Bench_report_has_every_figure_the_json_promises()
    {
        var report = CourseBench.Run(new BenchOptions(Samples: 200, Epochs: 1, MlpEpochs: 1, Repeats: 1, MemoryEpochs: 3, MemorySamples: 100), _ => { });
        var json = JsonNode.Parse(report.ToJson())!.AsObject();
        foreach (var key in new[] { "threads", "device", "trainer_overhead", "cnn_train_samples_per_second", "mlp_train_samples_per_second", "gemm_gflops",
                     "cnn_gflops", "gemm_fraction", "tensor_growth", "rss_growth_percent", "fmnist_full_load_seconds", "fmnist_subset_load_seconds" })
            Assert.True(json.ContainsKey(key), $"bench JSON lacks '{key}'");
        Assert.Equal(report.Mlp.Trainer[0].TestAccuracy, report.Mlp.Hand[0].TestAccuracy, 3); // same model, data, seed: same result
        Assert.Equal(0, report.Memory.TensorGrowth);
        Assert.True(report.GemmGflops > 0 && report.CnnGflops > 0);
        Assert.Contains("Trainer / hand", report.ToMarkdown());
    }
}
