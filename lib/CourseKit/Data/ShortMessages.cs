using Microsoft.Data.Analysis;
using static TorchSharp.torch;

namespace CourseKit.Data;

/// <summary>A labelled set of short texts: the texts, int64 labels and class names. Real text, not generated: short quotations from
/// Debian's fortunes topic files, labelled by the topic file they come from. Used in 06-applications for spam-style filtering
/// (<see cref="OneVsRest"/> makes one topic the "flag this" class).</summary>
public sealed class ShortMessages : IDisposable
{
    /// <summary>The topics (fortune files) of the default set, which are also its class names.</summary>
    public static readonly IReadOnlyList<string> DefaultTopics = ["computers", "science", "politics", "work"];

    public IReadOnlyList<string> Texts { get; }
    public Tensor Labels { get; }
    public IReadOnlyList<string> ClassNames { get; }
    public string Source { get; }

    public ShortMessages(IReadOnlyList<string> texts, long[] labels, IReadOnlyList<string> classNames, string source)
    {
        Texts = texts;
        Labels = tensor(labels, [labels.LongLength]).DetachFromDisposeScope();
        ClassNames = classNames;
        Source = source;
    }

    public int Count => Texts.Count;

    /// <summary>Entries of each topic no longer than <paramref name="maxLength"/> characters (whitespace collapsed to single spaces),
    /// labelled by topic index.</summary>
    public static ShortMessages Load(int maxLength = 200, IEnumerable<string>? topics = null)
    {
        var names = (topics ?? DefaultTopics).ToArray();
        var texts = new List<string>();
        var labels = new List<long>();
        for (int t = 0; t < names.Length; t++)
            foreach (var entry in FortuneFile.ReadShipped($"text/fortunes/{names[t]}"))
            {
                var text = string.Join(' ', entry.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
                if (text.Length > maxLength) continue;
                texts.Add(text);
                labels.Add(t);
            }
        return new ShortMessages(texts, labels.ToArray(), names,
            $"datasets/text/fortunes/{{{string.Join(",", names)}}} (Debian fortunes 1:1.99.1-7.3, BSD; entries ≤ {maxLength} characters)");
    }

    /// <summary>A two-class view for spam-style filtering: label 1 for <paramref name="positive"/>, 0 for every other topic.</summary>
    public ShortMessages OneVsRest(string positive)
    {
        int p = ClassNames.ToList().IndexOf(positive);
        if (p < 0) throw new ArgumentException($"'{positive}' is not one of this set's classes: {string.Join(", ", ClassNames)}.");
        var binary = Labels.data<long>().Select(l => l == p ? 1L : 0L).ToArray();
        return new ShortMessages(Texts, binary, [$"not {positive}", positive], Source + $"; {positive} vs rest");
    }

    /// <summary>How many messages each class has, in class order.</summary>
    public long[] LabelCounts()
    {
        var counts = new long[ClassNames.Count];
        foreach (var l in Labels.data<long>()) counts[l]++;
        return counts;
    }

    /// <summary>A table of the first <paramref name="maxRows"/> messages with their labels.</summary>
    public DataFrame ToDataFrame(int maxRows = 1000)
    {
        int rows = Math.Min(Count, maxRows);
        var labels = Labels.data<long>().Take(rows).ToArray();
        return new DataFrame(new StringDataFrameColumn("text", Texts.Take(rows)), new Int64DataFrameColumn("label", labels),
            new StringDataFrameColumn("class", labels.Select(l => ClassNames[(int)l])));
    }

    public override string ToString() =>
        $"ShortMessages: {Count:N0} texts, classes {string.Join(", ", ClassNames.Zip(LabelCounts(), (n, c) => $"{n} {c}"))} ({Source})";

    public void Dispose() => Labels.Dispose();
}
