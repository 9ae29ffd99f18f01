using System.Text;
using static TorchSharp.torch;

namespace CourseKit.Data;

/// <summary>A text for a character-level language model: the text, its sorted character vocabulary, and the text encoded as int64
/// character indices. Used in 11-future-trends (a tiny generative transformer).</summary>
public sealed class TextCorpus : IDisposable
{
    /// <summary>The fortune files (Debian <c>fortunes</c>, BSD licence) that make the default corpus, in order.</summary>
    public static readonly IReadOnlyList<string> DefaultFiles = ["literature", "wisdom", "science", "education"];

    public string Text { get; }
    /// <summary>Every distinct character, sorted; a character's index is its token id.</summary>
    public IReadOnlyList<char> Vocabulary { get; }
    /// <summary>The whole text as token ids, int64 [length].</summary>
    public Tensor Tokens { get; }
    public string Source { get; }

    readonly Dictionary<char, long> index;

    public TextCorpus(string text, string source)
    {
        Text = text;
        Source = source;
        Vocabulary = text.Distinct().Order().ToArray();
        index = Vocabulary.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => (long)p.i);
        Tokens = tensor(Encode(text), [text.Length]).DetachFromDisposeScope();
    }

    /// <summary>The shipped corpus: English quotations from Debian's fortunes topic files (each entry followed by a blank line),
    /// about 280 KB, 1,500 entries.</summary>
    public static TextCorpus Load(IEnumerable<string>? topics = null)
    {
        var names = (topics ?? DefaultFiles).ToList();
        var sb = new StringBuilder();
        foreach (var name in names)
            foreach (var entry in FortuneFile.ReadShipped($"text/fortunes/{name}"))
                sb.Append(entry.Replace('\t', ' ')).Append("\n\n");
        return new TextCorpus(sb.ToString(), $"datasets/text/fortunes/{{{string.Join(",", names)}}} (Debian fortunes 1:1.99.1-7.3, BSD)");
    }

    public int VocabularySize => Vocabulary.Count;

    /// <summary>Token ids of a string; a character outside the vocabulary is an error naming it.</summary>
    public long[] Encode(string text) => text.Select(c => index.TryGetValue(c, out var i) ? i
        : throw new ArgumentException($"'{c}' (U+{(int)c:X4}) is not in this corpus's vocabulary of {Vocabulary.Count} characters.")).ToArray();

    /// <summary>The string of some token ids.</summary>
    public string Decode(IEnumerable<long> tokens) => new(tokens.Select(t => Vocabulary[(int)t]).ToArray());

    /// <summary>Training pairs for next-character prediction: inputs [N, block] and targets shifted by one [N, block], both int64,
    /// taking a window every <paramref name="stride"/> characters (default: the block size, no overlap).</summary>
    public TensorDataset Windows(int blockSize, int? stride = null)
    {
        int step = stride ?? blockSize;
        long n = (Text.Length - blockSize - 1) / step + 1;
        using var starts = arange(0, n * step, step, ScalarType.Int64).unsqueeze(1);
        using var offsets = arange(0, blockSize, 1, ScalarType.Int64).unsqueeze(0);
        using var at = starts + offsets;
        using var atNext = at + 1;
        var names = Vocabulary.Select(c => c.ToString()).ToArray();
        return new TensorDataset(Tokens.index_select(0, at.flatten()).reshape(n, blockSize), Tokens.index_select(0, atNext.flatten()).reshape(n, blockSize),
            names, $"{n:N0} windows of {blockSize} characters", Source);
    }

    public override string ToString() => $"TextCorpus: {Text.Length:N0} characters, vocabulary {Vocabulary.Count} ({Source})";

    public void Dispose() => Tokens.Dispose();
}
