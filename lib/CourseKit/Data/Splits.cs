namespace CourseKit.Data;

/// <summary>Train, validation and test parts of one dataset.</summary>
public sealed record DataSplits(TensorDataset Train, TensorDataset Validation, TensorDataset Test) : IDisposable
{
    public void Dispose()
    {
        Train.Dispose();
        Validation.Dispose();
        Test.Dispose();
    }
}

/// <summary>Stratified, seeded splitting: every class keeps (up to rounding) the same share in each part, and the same seed gives
/// the same split. Taught in 07-nn-vs-ml (why a validation set) and used wherever a dataset ships without one.</summary>
public static class Splits
{
    /// <summary>Index arrays for train, validation and test: each class is shuffled with <paramref name="seed"/> and cut by the fractions.
    /// Indices within each part are sorted, so the original order is kept.</summary>
    public static (long[] Train, long[] Validation, long[] Test) StratifiedIndices(IReadOnlyList<long> labels, double validation, double test, int seed)
    {
        if (validation < 0 || test < 0 || validation + test >= 1)
            throw new ArgumentException($"Validation ({validation}) and test ({test}) fractions must be ≥ 0 and add up to less than 1.");
        var rng = new Random(seed);
        List<long> train = [], val = [], tst = [];
        foreach (var group in Enumerable.Range(0, labels.Count).GroupBy(i => labels[i]).OrderBy(g => g.Key))
        {
            var members = group.Select(i => (long)i).ToArray();
            rng.Shuffle(members);
            int nTest = (int)Math.Round(members.Length * test), nVal = (int)Math.Round(members.Length * validation);
            tst.AddRange(members.Take(nTest));
            val.AddRange(members.Skip(nTest).Take(nVal));
            train.AddRange(members.Skip(nTest + nVal));
        }
        return ([.. train.Order()], [.. val.Order()], [.. tst.Order()]);
    }

    /// <summary>Splits a dataset into stratified train / validation / test parts (copies); the default seed is <see cref="Seeds.Current"/>.</summary>
    public static DataSplits Stratified(TensorDataset data, double validation = 0.15, double test = 0.15, int? seed = null)
    {
        var labels = data.Labels.data<long>().ToArray();
        var (tr, va, te) = StratifiedIndices(labels, validation, test, seed ?? Seeds.Current);
        return new DataSplits(data.Subset(tr, $"{data.Name} train"), data.Subset(va, $"{data.Name} validation"), data.Subset(te, $"{data.Name} test"));
    }

    /// <summary>Index arrays for a stratified sample of <paramref name="perClass"/> examples of every class (used to make the shipped
    /// Fashion-MNIST subset).</summary>
    public static long[] StratifiedSample(IReadOnlyList<long> labels, int perClass, int seed)
    {
        var rng = new Random(seed);
        var chosen = new List<long>();
        foreach (var group in Enumerable.Range(0, labels.Count).GroupBy(i => labels[i]).OrderBy(g => g.Key))
        {
            var members = group.Select(i => (long)i).ToArray();
            if (members.Length < perClass)
                throw new ArgumentException($"Class {group.Key} has {members.Length} examples, fewer than the {perClass} asked for.");
            rng.Shuffle(members);
            chosen.AddRange(members.Take(perClass));
        }
        return [.. chosen.Order()];
    }
}
