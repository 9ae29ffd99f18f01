using CourseKit.Data;
using TorchSharp;

namespace CourseKit.Tests.Data;

[Collection("data")]
public sealed class FashionMnistTests : DataTestBase
{
    [Fact]
    public void Shipped_train_subset_has_10000_balanced_images_in_0_1()
    {
        using var train = FashionMnist.LoadSubset(Split.Train);
        Assert.Equal([10000L, 1, 28, 28], train.Features.shape);
        Assert.Equal(torch.ScalarType.Float32, train.Features.dtype);
        Assert.Equal(torch.ScalarType.Int64, train.Labels.dtype);
        Assert.All(train.LabelCounts(), c => Assert.Equal(1000L, c));
        Assert.Equal(0f, train.Features.min().item<float>());
        Assert.Equal(1f, train.Features.max().item<float>());
        Assert.Equal([3L, 0, 5, 3, 4, 3, 2, 5, 0, 3], train.Labels.narrow(0, 0, 10).data<long>().ToArray());
        // Image 0, row 12, column 14 (flat index 350) is 117 in the file.
        Assert.Equal(117f / 255f, train.Features[0, 0, 12, 14].item<float>(), 6);
        Assert.Equal(10, train.ClassNames.Count);
    }

    [Fact]
    public void Shipped_test_subset_has_2000_balanced_images()
    {
        using var test = FashionMnist.LoadSubset(Split.Test);
        Assert.Equal([2000L, 1, 28, 28], test.Features.shape);
        Assert.All(test.LabelCounts(), c => Assert.Equal(200L, c));
        Assert.Equal(2L, test.Labels[0].item<long>());
        Assert.Equal(234f / 255f, test.Features[0, 0, 14, 14].item<float>(), 6);
        Assert.Equal(100994f / 255f, test.Features[0].sum().item<float>(), 1);
    }

    [Fact]
    public void Smoke_profile_uses_the_subset()
    {
        using var train = FashionMnist.Load(Split.Train, Profile.Smoke, quiet: true);
        Assert.Equal(10000L, train.Count);
        Assert.Contains("subset", train.Name);
    }

    [SkippableFact]
    public void Full_profile_uses_the_full_set_when_present()
    {
        Skip.If(FashionMnist.FindFull() is null, "The full Fashion-MNIST set is not installed (apt-get install dataset-fashion-mnist).");
        using var test = FashionMnist.Load(Split.Test, Profile.Full, quiet: true);
        Assert.Equal([10000L, 1, 28, 28], test.Features.shape);
        Assert.All(test.LabelCounts(), c => Assert.Equal(1000L, c));
        Assert.Contains("full", test.Name);
    }

    [SkippableFact]
    public void Full_train_set_loads_60000_images_quickly_once_verified()
    {
        var folder = FashionMnist.FindFull();
        Skip.If(folder is null, "The full Fashion-MNIST set is not installed (apt-get install dataset-fashion-mnist).");
        FashionMnist.LoadFull(Split.Train, folder).Dispose(); // first load verifies and caches
        var sw = System.Diagnostics.Stopwatch.StartNew();
        using var train = FashionMnist.LoadFull(Split.Train, folder);
        Assert.Equal([60000L, 1, 28, 28], train.Features.shape);
        Assert.All(train.LabelCounts(), c => Assert.Equal(6000L, c));
        Assert.True(sw.Elapsed.TotalSeconds < 5, $"loading the full train set took {sw.Elapsed.TotalSeconds:0.00} s (target under 2 s)");
    }

    [Fact]
    public void Full_profile_without_the_full_set_falls_back_to_the_subset_and_says_how_to_get_it()
    {
        var debian = FashionMnist.DebianSearchFolder;
        var data = Environment.GetEnvironmentVariable(Settings.DataVariable);
        var output = new StringWriter();
        var stdout = Console.Out;
        try
        {
            FashionMnist.DebianSearchFolder = Path.Combine(TempDir(), "nothing-here");
            Environment.SetEnvironmentVariable(Settings.DataVariable, null);
            Console.SetOut(output);
            Assert.Null(FashionMnist.FindFull());
            using var train = FashionMnist.Load(Split.Train, Profile.Full);
            Assert.Equal(10000L, train.Count);
            var ex = Assert.Throws<DatasetException>(() => FashionMnist.LoadFull(Split.Train));
            Assert.Contains("apt-get install dataset-fashion-mnist", ex.Message);
        }
        finally
        {
            Console.SetOut(stdout);
            FashionMnist.DebianSearchFolder = debian;
            Environment.SetEnvironmentVariable(Settings.DataVariable, data);
        }
        Assert.Contains("full set was not found", output.ToString());
        Assert.Contains(Settings.DataVariable, output.ToString());
        Assert.Contains("shipped subset", output.ToString());
    }

    [Fact]
    public void A_full_set_folder_with_wrong_files_is_refused()
    {
        // The shipped subset's files, named like the full set's, in a folder given by COURSEKIT_DATA: they do not match the manifest.
        var folder = TempDir();
        foreach (var split in new[] { Split.Train, Split.Test })
        {
            var (images, labels) = FashionMnist.FileNames(split);
            File.Copy(Path.Combine(DataRoot.Find(), "fashion-mnist", images), Path.Combine(folder, images));
            File.Copy(Path.Combine(DataRoot.Find(), "fashion-mnist", labels), Path.Combine(folder, labels));
        }
        var ex = Assert.Throws<DatasetException>(() => FashionMnist.LoadFull(Split.Test, folder));
        Assert.Contains("t10k-images-idx3-ubyte.gz", ex.Message);
        Assert.Contains("expected sha256", ex.Message);
        Directory.Delete(folder, recursive: true);
    }
}
