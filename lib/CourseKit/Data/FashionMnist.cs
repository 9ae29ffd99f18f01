using static TorchSharp.torch;

namespace CourseKit.Data;

/// <summary>Which part of a dataset to load.</summary>
public enum Split { Train, Test }

/// <summary>Which copy of Fashion-MNIST was used.</summary>
public enum FashionMnistSource { ShippedSubset, Full }

/// <summary>
/// Fashion-MNIST (Zalando, MIT licence): 28×28 greyscale images of clothing in 10 classes. The repository ships a stratified,
/// seeded subset (10,000 train / 2,000 test); the full 60,000 / 10,000 set is read from <c>COURSEKIT_DATA</c> or Debian's
/// <c>/usr/share/datasets/fashion-mnist</c> when present. Images come as float32 [N,1,28,28] scaled to [0,1] (pixel / 255),
/// labels as int64. Used in 03-key-differences, 04-how-networks-work and 08-dl-vs-ml.
/// </summary>
public static class FashionMnist
{
    /// <summary>The ten class names, in label order.</summary>
    public static readonly IReadOnlyList<string> ClassNames =
        ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"];

    /// <summary>Where Debian's <c>dataset-fashion-mnist</c> package puts the full set.</summary>
    public const string DebianFolder = "/usr/share/datasets/fashion-mnist";

    /// <summary>Where <see cref="FindFull"/> looks after <c>COURSEKIT_DATA</c>; tests point it elsewhere to simulate a machine without the package.</summary>
    internal static string DebianSearchFolder { get; set; } = DebianFolder;

    /// <summary>Name of the full set in the manifest's external entries.</summary>
    public const string FullSetName = "fashion-mnist-full";

    /// <summary>How a learner gets the full set when it is missing.</summary>
    public const string HowToGetFull =
        "To use the full 60,000/10,000 Fashion-MNIST set: on Debian/Ubuntu run 'sudo apt-get install dataset-fashion-mnist' " +
        "(installs it in " + DebianFolder + "), or download the four *-ubyte.gz files from the Fashion-MNIST project " +
        "(github.com/zalandoresearch/fashion-mnist) into a folder and set " + Settings.DataVariable + " to that folder.";

    /// <summary>The file names of a split: images then labels.</summary>
    public static (string Images, string Labels) FileNames(Split split) => split == Split.Train
        ? ("train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz")
        : ("t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz");

    /// <summary>The folder holding the full set (<c>COURSEKIT_DATA</c> first, then Debian's), or null when neither has all four files.</summary>
    public static string? FindFull()
    {
        var candidates = new List<string>();
        var env = Environment.GetEnvironmentVariable(Settings.DataVariable);
        if (!string.IsNullOrWhiteSpace(env))
        {
            candidates.Add(env.Trim());
            candidates.Add(Path.Combine(env.Trim(), "fashion-mnist"));
        }
        candidates.Add(DebianSearchFolder);
        return candidates.FirstOrDefault(HasAllFiles);
    }

    static bool HasAllFiles(string dir) =>
        new[] { Split.Train, Split.Test }.SelectMany(s => new[] { FileNames(s).Images, FileNames(s).Labels })
            .All(f => File.Exists(Path.Combine(dir, f)));

    /// <summary>Loads a split for a profile: the smoke profile uses the shipped subset; the full profile uses the full set when it is
    /// present, else the subset (saying how to get the full set). Prints which one it used unless <paramref name="quiet"/>.</summary>
    public static TensorDataset Load(Split split, Profile? profile = null, bool quiet = false)
    {
        profile ??= Profile.Current;
        var full = profile.IsSmoke ? null : FindFull();
        if (!profile.IsSmoke && full is null && !quiet)
            Console.WriteLine($"Fashion-MNIST: the full set was not found, so the shipped subset is used. {HowToGetFull}");
        var data = full is null ? LoadSubset(split) : LoadFull(split, full);
        if (!quiet) Console.WriteLine($"Fashion-MNIST {split.ToString().ToLowerInvariant()}: {data.Count:N0} images from {data.Source}");
        return data;
    }

    /// <summary>The shipped subset, checked against the manifest.</summary>
    public static TensorDataset LoadSubset(Split split)
    {
        var (images, labels) = FileNames(split);
        var imagePath = DatasetVerifier.Require($"fashion-mnist/{images}");
        var labelPath = DatasetVerifier.Require($"fashion-mnist/{labels}");
        return Read(imagePath, labelPath, $"Fashion-MNIST {split.ToString().ToLowerInvariant()} (shipped subset)",
            $"datasets/fashion-mnist (stratified subset; pixels / 255)");
    }

    /// <summary>The full set from <paramref name="folder"/> (default: <see cref="FindFull"/>), each file checked against the manifest's
    /// sha256 for the original Fashion-MNIST files.</summary>
    public static TensorDataset LoadFull(Split split, string? folder = null)
    {
        folder ??= FindFull() ?? throw new DatasetException($"The full Fashion-MNIST set was not found. {HowToGetFull}");
        var (images, labels) = FileNames(split);
        var manifest = Manifest.Current;
        foreach (var name in new[] { images, labels })
        {
            var entry = manifest.External.FirstOrDefault(e => e.Set == FullSetName && e.Path == name)
                ?? throw new DatasetException($"datasets/manifest.json has no entry for the full set's {name}. Restore it with 'git checkout -- datasets/manifest.json'.");
            DatasetVerifier.RequireExternal(Path.Combine(folder, name), entry);
        }
        return Read(Path.Combine(folder, images), Path.Combine(folder, labels), $"Fashion-MNIST {split.ToString().ToLowerInvariant()} (full)",
            $"{folder} (full set; pixels / 255)");
    }

    /// <summary>Reads an image file and a label file into a dataset: one pass to float32 in [0,1], one tensor.</summary>
    public static TensorDataset Read(string imagePath, string labelPath, string name, string source)
    {
        var (pixels, shape) = IdxFile.ReadFloats(imagePath, 1f / 255f);
        var (labels, labelShape) = IdxFile.ReadLongs(labelPath);
        if (shape.Length != 3 || labelShape.Length != 1 || shape[0] != labelShape[0])
            throw new DatasetException($"{imagePath} ([{string.Join(",", shape)}]) and {labelPath} ([{string.Join(",", labelShape)}]) do not match: expected [N,28,28] images and [N] labels.");
        if (labels.Any(l => l is < 0 or > 9))
            throw new DatasetException($"{labelPath} has labels outside 0..9.");
        var x = tensor(pixels, [shape[0], 1, shape[1], shape[2]]);
        var y = tensor(labels, [labels.LongLength]);
        return new TensorDataset(x, y, ClassNames, name, source);
    }
}
