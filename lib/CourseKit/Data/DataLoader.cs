using System.Collections;
using static TorchSharp.torch;

namespace CourseKit.Data;

/// <summary>
/// Mini-batches of (x, y) from two tensors with the same first dimension, like PyTorch's <c>DataLoader</c>. Each <c>foreach</c> is one
/// epoch: with <c>shuffle</c> the order is a new seeded permutation every epoch (the same sequence of epochs for the same seed), and the
/// last partial batch is kept unless <c>dropLast</c>. A batch is valid until the next one is drawn (the loader disposes it then), so a
/// training loop leaks nothing; <c>clone()</c> a batch to keep it. Taught in 04-how-networks-work; <c>Trainer.Fit</c> takes one.
/// </summary>
public sealed class DataLoader : IEnumerable<(Tensor x, Tensor y)>
{
    readonly Tensor x, y;
    readonly Random rng;
    readonly Device? device;

    public int BatchSize { get; }
    public bool Shuffle { get; }
    public bool DropLast { get; }
    /// <summary>Number of examples.</summary>
    public long Count { get; }
    /// <summary>Epochs started so far (each enumeration is one).</summary>
    public int Epoch { get; private set; }

    /// <summary>Batches of <paramref name="x"/> and <paramref name="y"/>; <paramref name="seed"/> defaults to <see cref="Seeds.Current"/>;
    /// <paramref name="device"/> (if given) is where batches are moved.</summary>
    public DataLoader(Tensor x, Tensor y, int batchSize, bool shuffle = true, int? seed = null, bool dropLast = false, Device? device = null)
    {
        if (batchSize < 1) throw new ArgumentException($"Batch size must be at least 1, got {batchSize}.", nameof(batchSize));
        if (x.shape[0] != y.shape[0]) throw new ArgumentException($"x has {x.shape[0]} rows but y has {y.shape[0]}: they must match.");
        (this.x, this.y, this.device) = (x, y, device);
        BatchSize = batchSize;
        Shuffle = shuffle;
        DropLast = dropLast;
        Count = x.shape[0];
        rng = new Random(seed ?? Seeds.Current);
    }

    /// <summary>Batches of a dataset's features and labels.</summary>
    public DataLoader(TensorDataset data, int batchSize, bool shuffle = true, int? seed = null, bool dropLast = false, Device? device = null)
        : this(data.Features, data.Labels, batchSize, shuffle, seed, dropLast, device) { }

    /// <summary>Batches per epoch.</summary>
    public int BatchCount => (int)(DropLast ? Count / BatchSize : (Count + BatchSize - 1) / BatchSize);

    public IEnumerator<(Tensor x, Tensor y)> GetEnumerator()
    {
        Epoch++;
        long[]? order = null;
        if (Shuffle)
        {
            order = new long[Count];
            for (long i = 0; i < Count; i++) order[i] = i;
            rng.Shuffle(order);
        }
        for (int b = 0; b < BatchCount; b++)
        {
            long start = (long)b * BatchSize, size = Math.Min(BatchSize, Count - start);
            Tensor bx, by;
            using (NewDisposeScope())
            {
                if (order is null)
                {
                    bx = x.narrow(0, start, size);
                    by = y.narrow(0, start, size);
                }
                else
                {
                    var index = tensor(order.AsSpan((int)start, (int)size).ToArray(), ScalarType.Int64, device: x.device);
                    bx = x.index_select(0, index);
                    by = y.index_select(0, index);
                }
                if (device is not null && device.type != x.device_type) bx = bx.to(device);
                if (device is not null && device.type != y.device_type) by = by.to(device);
                bx.MoveToOuterDisposeScope();
                by.MoveToOuterDisposeScope();
            }
            try
            {
                yield return (bx, by);
            }
            finally
            {
                bx.Dispose();
                by.Dispose();
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() =>
        $"DataLoader: {Count:N0} examples, batch {BatchSize}, {BatchCount} batches/epoch, {(Shuffle ? "shuffled each epoch" : "in order")}{(DropLast ? ", last partial batch dropped" : "")}";
}
