using TorchSharp;

namespace CourseKit;

/// <summary>One seed for everything random in the course: TorchSharp, <see cref="Random"/> and ML.NET contexts made here.</summary>
public static class Seeds
{
    /// <summary>The seed last set (from <c>COURSEKIT_SEED</c> at setup).</summary>
    public static int Current { get; private set; } = Settings.DefaultSeed;

    /// <summary>A System.Random seeded with <see cref="Current"/>, reset with it.</summary>
    public static Random Random { get; private set; } = new(Settings.DefaultSeed);

    /// <summary>Reseeds TorchSharp and <see cref="Random"/> so that what follows repeats exactly on CPU.</summary>
    public static void Reset(int? seed = null)
    {
        Current = seed ?? Current;
        torch.manual_seed(Current);
        Random = new Random(Current);
    }

    /// <summary>An ML.NET context seeded like everything else.</summary>
    public static Microsoft.ML.MLContext NewMLContext() => new(seed: Current);
}
