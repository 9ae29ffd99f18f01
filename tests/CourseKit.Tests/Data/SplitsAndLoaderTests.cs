using CourseKit.Data;
using TorchSharp;

namespace CourseKit.Tests.Data;

[Collection("data")]
public sealed class SplitsAndLoaderTests : DataTestBase
{
    [Fact]
    public void Stratified_split_keeps_class_shares_and_is_disjoint()
    {
        using var digits = Digits.Load();
        using var parts = Splits.Stratified(digits, validation: 0.2, test: 0.2, seed: 7);
        Assert.Equal(digits.Count, parts.Train.Count + parts.Validation.Count + parts.Test.Count);
        var all = digits.LabelCounts();
        var test = parts.Test.LabelCounts();
        var val = parts.Validation.LabelCounts();
        for (int c = 0; c < all.Length; c++)
        {
            Assert.InRange(test[c], (long)Math.Floor(all[c] * 0.2), (long)Math.Ceiling(all[c] * 0.2));
            Assert.InRange(val[c], (long)Math.Floor(all[c] * 0.2), (long)Math.Ceiling(all[c] * 0.2));
        }
        var labels = digits.Labels.data<long>().ToArray();
        var (tr, va, te) = Splits.StratifiedIndices(labels, 0.2, 0.2, 7);
        Assert.Equal(labels.Length, tr.Concat(va).Concat(te).Distinct().Count());
    }

    [Fact]
    public void Same_seed_same_split_other_seed_other_split()
    {
        var labels = Enumerable.Range(0, 300).Select(i => (long)(i % 3)).ToArray();
        var a = Splits.StratifiedIndices(labels, 0.1, 0.2, 1);
        var b = Splits.StratifiedIndices(labels, 0.1, 0.2, 1);
        var c = Splits.StratifiedIndices(labels, 0.1, 0.2, 2);
        Assert.Equal(a.Test, b.Test);
        Assert.Equal(a.Validation, b.Validation);
        Assert.NotEqual(a.Test, c.Test);
    }

    [Fact]
    public void Loader_keeps_the_last_partial_batch_and_reshuffles_each_epoch()
    {
        using var x = torch.arange(10, dtype: torch.ScalarType.Float32).unsqueeze(1);
        using var y = torch.arange(10, dtype: torch.ScalarType.Int64);
        var loader = new DataLoader(x, y, batchSize: 4, shuffle: true, seed: 3);
        Assert.Equal(3, loader.BatchCount);
        List<long> Epoch()
        {
            var seen = new List<long>();
            var sizes = new List<long>();
            foreach (var (bx, by) in loader)
            {
                sizes.Add(by.shape[0]);
                Assert.Equal(by.data<long>().Select(v => (float)v).ToArray(), bx.squeeze(1).data<float>().ToArray());
                seen.AddRange(by.data<long>());
            }
            Assert.Equal([4L, 4, 2], sizes);
            return seen;
        }
        var first = Epoch();
        var second = Epoch();
        Assert.Equal(Enumerable.Range(0, 10).Select(i => (long)i), first.Order());
        Assert.Equal(Enumerable.Range(0, 10).Select(i => (long)i), second.Order());
        Assert.NotEqual(first, second);
        Assert.Equal(2, loader.Epoch);

        var again = new DataLoader(x, y, batchSize: 4, shuffle: true, seed: 3);
        Assert.Equal(first, again.SelectMany(b => b.y.data<long>().ToArray()).ToList());
    }

    [Fact]
    public void Loader_in_order_and_drop_last()
    {
        using var x = torch.arange(10, dtype: torch.ScalarType.Float32).unsqueeze(1);
        using var y = torch.arange(10, dtype: torch.ScalarType.Int64);
        var ordered = new DataLoader(x, y, batchSize: 4, shuffle: false);
        Assert.Equal(Enumerable.Range(0, 10).Select(i => (long)i), ordered.SelectMany(b => b.y.data<long>().ToArray()));
        var dropped = new DataLoader(x, y, batchSize: 4, shuffle: false, dropLast: true);
        Assert.Equal(2, dropped.Count());
    }

    [Fact]
    public void Loader_disposes_each_batch_when_the_next_is_drawn()
    {
        using var train = FashionMnist.LoadSubset(Split.Test);
        var loader = new DataLoader(train, 128, seed: 1);
        torch.Tensor? previous = null;
        foreach (var (bx, _) in loader)
        {
            if (previous is not null) Assert.True(previous.IsInvalid);
            previous = bx;
        }
        Assert.True(previous!.IsInvalid);
    }

    [Fact]
    public void Synthetic_sets_are_seeded_and_shaped()
    {
        using var xor = Synthetic.TruthTable("xor");
        Assert.Equal([0f, 0, 0, 1, 1, 0, 1, 1], xor.Features.data<float>().ToArray());
        Assert.Equal([0L, 1, 1, 0], xor.Labels.data<long>().ToArray());
        using var and = Synthetic.TruthTable("AND");
        Assert.Equal([0L, 0, 0, 1], and.Labels.data<long>().ToArray());
        using var or = Synthetic.TruthTable("or", repeat: 5, noise: 0.1, seed: 1);
        Assert.Equal([20L, 2], or.Features.shape);

        using var m1 = Synthetic.TwoMoons(101, noise: 0.1, seed: 5);
        using var m2 = Synthetic.TwoMoons(101, noise: 0.1, seed: 5);
        Assert.Equal([101L, 2], m1.Features.shape);
        Assert.Equal(m1.Features.data<float>().ToArray(), m2.Features.data<float>().ToArray());
        Assert.Equal([51L, 50], m1.LabelCounts());

        using var s = Synthetic.Spirals(50, classes: 3, seed: 2);
        Assert.Equal([150L, 2], s.Features.shape);
        Assert.Equal([50L, 50, 50], s.LabelCounts());
        using var b = Synthetic.Blobs(40, classes: 4, noise: 0.2, seed: 2);
        Assert.Equal([40L, 40, 40, 40], b.LabelCounts());
        using var b2 = Synthetic.Blobs(40, classes: 4, noise: 0.2, seed: 3);
        Assert.NotEqual(b.Features.data<float>().ToArray(), b2.Features.data<float>().ToArray());
        Assert.Throws<ArgumentException>(() => Synthetic.TruthTable("nand"));
    }
}
