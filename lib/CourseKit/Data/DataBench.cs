using System.Diagnostics;
using static TorchSharp.torch;

namespace CourseKit.Data;

/// <summary>One measured figure of the data benchmark.</summary>
public sealed record BenchFigure(string Name, double Value, string Unit, string Note = "");

/// <summary>The data benchmark's figures, and the three that <c>coursekit bench</c> reports by name.</summary>
public sealed record DataBenchResult(IReadOnlyList<BenchFigure> Figures, double SubsetLoadSeconds, double? FullLoadSeconds, double LoaderBatchesPerSecond);

/// <summary>Times the data path: verifying and loading the shipped Fashion-MNIST subset and (when present) the full set into tensors,
/// and the <see cref="DataLoader"/>'s batches per second. Run by <c>coursekit bench data</c>.</summary>
public static class DataBench
{
    /// <summary>Runs the benchmark, reporting each figure as it is measured.</summary>
    public static DataBenchResult Run(Action<BenchFigure>? report = null, int batchSize = 128)
    {
        var figures = new List<BenchFigure>();
        void Add(BenchFigure f) { figures.Add(f); report?.Invoke(f); }

        var sw = Stopwatch.StartNew();
        var manifest = Manifest.Current;
        var shipped = manifest.Files.Where(f => f.Path.StartsWith("fashion-mnist/", StringComparison.Ordinal)).ToList();
        foreach (var e in shipped)
        {
            var r = DatasetVerifier.Verify(manifest.FullPath(e), e, useCache: false);
            if (!r.Ok) throw new DatasetException(r.Message);
        }
        Add(new("subset: verify (sha256, uncached)", sw.Elapsed.TotalSeconds, "s", $"{shipped.Sum(f => f.Size) / 1e6:0.0} MB"));

        sw.Restart();
        double subsetSeconds;
        using (var train = FashionMnist.LoadSubset(Split.Train))
        using (var test = FashionMnist.LoadSubset(Split.Test))
        {
            subsetSeconds = sw.Elapsed.TotalSeconds;
            Add(new("subset: load train+test into tensors", subsetSeconds, "s", $"{train.Count:N0} + {test.Count:N0} images"));
        }

        var fullFolder = FashionMnist.FindFull();
        TensorDataset? full = null;
        double? fullSeconds = null;
        if (fullFolder is null)
            Add(new("full set", double.NaN, "", "not found: " + FashionMnist.HowToGetFull));
        else
        {
            sw.Restart();
            foreach (var e in manifest.External.Where(e => e.Set == FashionMnist.FullSetName))
            {
                var r = DatasetVerifier.Verify(Path.Combine(fullFolder, e.Path), e, useCache: false, DatasetVerifier.ExternalHint, acceptSameContent: true);
                if (!r.Ok) throw new DatasetException(r.Message);
            }
            Add(new("full: verify (sha256, uncached)", sw.Elapsed.TotalSeconds, "s", fullFolder));
            sw.Restart();
            full = FashionMnist.LoadFull(Split.Train, fullFolder);
            fullSeconds = sw.Elapsed.TotalSeconds;
            Add(new("full: load 60k train into tensors (verified, cached)", fullSeconds.Value, "s", $"[{string.Join(",", full.Features.shape)}]"));
            sw.Restart();
            using (var t = FashionMnist.LoadFull(Split.Test, fullFolder))
                Add(new("full: load 10k test into tensors", sw.Elapsed.TotalSeconds, "s", ""));
        }

        using var data = full ?? FashionMnist.LoadSubset(Split.Train);
        var loader = new DataLoader(data, batchSize, shuffle: true, seed: 1);
        sw.Restart();
        long batches = 0;
        foreach (var (x, y) in loader)
        {
            batches++;
        }
        var seconds = sw.Elapsed.TotalSeconds;
        Add(new($"DataLoader: one shuffled epoch, batch {batchSize}", batches / seconds, "batches/s",
            $"{batches} batches of {data.Name} in {seconds:0.00} s ({data.Count / seconds:N0} images/s)"));
        return new DataBenchResult(figures, subsetSeconds, fullSeconds, batches / seconds);
    }
}
