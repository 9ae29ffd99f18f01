using static TorchSharp.torch;

namespace CourseKit.Data;

/// <summary>Small made-up datasets for the early notebooks (01, 02, 04, 09): logic truth tables, two moons, spirals and Gaussian blobs.
/// Each is seeded (default <see cref="Seeds.Current"/>) and has a noise parameter; features are float32 [N,2], labels int64.</summary>
public static class Synthetic
{
    /// <summary>The four rows of a two-input truth table (inputs 0/1, float32 [4,2]) for AND, OR or XOR; <paramref name="repeat"/> copies
    /// of it with Gaussian <paramref name="noise"/> added to the inputs. Taught in 01-what-are-neural-networks (a perceptron learns AND/OR, not XOR).</summary>
    public static TensorDataset TruthTable(string gate, int repeat = 1, double noise = 0, int? seed = null)
    {
        Func<int, int, int> f = gate.Trim().ToUpperInvariant() switch
        {
            "AND" => (a, b) => a & b,
            "OR" => (a, b) => a | b,
            "XOR" => (a, b) => a ^ b,
            _ => throw new ArgumentException($"'{gate}' is not a gate this knows: use AND, OR or XOR."),
        };
        if (repeat < 1) throw new ArgumentException($"repeat must be at least 1, got {repeat}.");
        var rng = new Random(seed ?? Seeds.Current);
        var x = new float[4 * repeat * 2];
        var y = new long[4 * repeat];
        for (int r = 0; r < repeat; r++)
            for (int i = 0; i < 4; i++)
            {
                int a = i >> 1, b = i & 1, row = r * 4 + i;
                x[2 * row] = (float)(a + noise * Gaussian(rng));
                x[2 * row + 1] = (float)(b + noise * Gaussian(rng));
                y[row] = f(a, b);
            }
        return Make(x, y, ["0", "1"], $"{gate.ToUpperInvariant()} truth table", repeat, noise, seed);
    }

    /// <summary>Two interleaving half circles (two classes), with Gaussian <paramref name="noise"/> on each point; like scikit-learn's make_moons.</summary>
    public static TensorDataset TwoMoons(int n = 200, double noise = 0.1, int? seed = null)
    {
        var rng = new Random(seed ?? Seeds.Current);
        var x = new float[2 * n];
        var y = new long[n];
        int upper = n / 2 + n % 2;
        for (int i = 0; i < n; i++)
        {
            bool top = i < upper;
            int k = top ? i : i - upper, count = top ? upper : n - upper;
            double t = Math.PI * k / Math.Max(1, count - 1);
            double px = top ? Math.Cos(t) : 1 - Math.Cos(t), py = top ? Math.Sin(t) : 0.5 - Math.Sin(t);
            x[2 * i] = (float)(px + noise * Gaussian(rng));
            x[2 * i + 1] = (float)(py + noise * Gaussian(rng));
            y[i] = top ? 0 : 1;
        }
        return Make(x, y, ["upper moon", "lower moon"], "Two moons", n, noise, seed);
    }

    /// <summary><paramref name="classes"/> interleaved spiral arms of <paramref name="perClass"/> points each, radius 0..1, with Gaussian
    /// <paramref name="noise"/> on the angle; a classic task a linear model cannot solve.</summary>
    public static TensorDataset Spirals(int perClass = 100, int classes = 2, double noise = 0.2, double turns = 1.0, int? seed = null)
    {
        var rng = new Random(seed ?? Seeds.Current);
        int n = perClass * classes;
        var x = new float[2 * n];
        var y = new long[n];
        for (int c = 0; c < classes; c++)
            for (int i = 0; i < perClass; i++)
            {
                int row = c * perClass + i;
                double r = (double)i / Math.Max(1, perClass - 1);
                double angle = 2 * Math.PI * (turns * r + (double)c / classes) + noise * Gaussian(rng);
                x[2 * row] = (float)(r * Math.Cos(angle));
                x[2 * row + 1] = (float)(r * Math.Sin(angle));
                y[row] = c;
            }
        return Make(x, y, Enumerable.Range(0, classes).Select(c => $"arm {c}").ToArray(), "Spirals", n, noise, seed);
    }

    /// <summary>Gaussian blobs: <paramref name="classes"/> centres spread evenly on a circle of radius <paramref name="spread"/>, each with
    /// <paramref name="perClass"/> points of standard deviation <paramref name="noise"/>. Used for clustering in 09-training.</summary>
    public static TensorDataset Blobs(int perClass = 100, int classes = 3, double noise = 0.5, double spread = 3.0, int? seed = null)
    {
        var rng = new Random(seed ?? Seeds.Current);
        int n = perClass * classes;
        var x = new float[2 * n];
        var y = new long[n];
        for (int c = 0; c < classes; c++)
        {
            double cx = spread * Math.Cos(2 * Math.PI * c / classes), cy = spread * Math.Sin(2 * Math.PI * c / classes);
            for (int i = 0; i < perClass; i++)
            {
                int row = c * perClass + i;
                x[2 * row] = (float)(cx + noise * Gaussian(rng));
                x[2 * row + 1] = (float)(cy + noise * Gaussian(rng));
                y[row] = c;
            }
        }
        return Make(x, y, Enumerable.Range(0, classes).Select(c => $"blob {c}").ToArray(), "Gaussian blobs", n, noise, seed);
    }

    static TensorDataset Make(float[] x, long[] y, string[] classes, string name, int n, double noise, int? seed) =>
        new(tensor(x, [y.Length, 2]), tensor(y, [y.Length]), classes, name,
            $"generated by CourseKit.Data.Synthetic (n={n}, noise={noise}, seed={seed ?? Seeds.Current})", ["x1", "x2"]);

    /// <summary>A standard normal draw (Box–Muller), so results depend only on the seed.</summary>
    static double Gaussian(Random rng)
    {
        double u1 = 1.0 - rng.NextDouble(), u2 = rng.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
