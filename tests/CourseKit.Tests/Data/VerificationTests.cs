using CourseKit.Data;

namespace CourseKit.Tests.Data;

[Collection("data")]
public sealed class VerificationTests : DataTestBase
{
    [Fact]
    public void Every_shipped_file_matches_the_manifest()
    {
        var bad = DatasetVerifier.VerifyAll().Where(r => !r.Ok).Select(r => r.Message).ToList();
        Assert.True(bad.Count == 0, string.Join(Environment.NewLine, bad));
    }

    [Fact]
    public void Manifest_lists_every_file_with_licence_source_and_purpose()
    {
        var root = DataRoot.Find();
        var manifest = Manifest.Current;
        var listed = manifest.Files.Select(f => f.Path).ToHashSet();
        var onDisk = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => f is not ("manifest.json" or "README.md" or ".gitattributes"));
        Assert.Empty(onDisk.Where(f => !listed.Contains(f)));
        Assert.All(manifest.Files.Concat(manifest.External), e =>
        {
            Assert.Matches("^[0-9a-f]{64}$", e.Sha256);
            Assert.False(string.IsNullOrWhiteSpace(e.Licence));
            Assert.False(string.IsNullOrWhiteSpace(e.Source));
            Assert.False(string.IsNullOrWhiteSpace(e.Purpose));
        });
        Assert.Equal(4, manifest.External.Count(e => e.Set == FashionMnist.FullSetName && e.ContentSha256 is not null));
    }

    [Fact]
    public void A_flipped_byte_is_refused_naming_file_hashes_and_the_fix()
    {
        WithDatasetsCopy(copy =>
        {
            var path = Path.Combine(copy, "sklearn", "iris.csv");
            var expected = Manifest.Current.Entry("sklearn/iris.csv").Sha256;
            FlipByte(path);
            var ex = Assert.Throws<DatasetException>(() => Iris.Load());
            Assert.Contains("iris.csv", ex.Message);
            Assert.Contains(expected, ex.Message);
            Assert.Contains(DatasetVerifier.Sha256Of(path), ex.Message);
            Assert.Contains("git checkout -- datasets/sklearn/iris.csv", ex.Message);
        });
    }

    [Fact]
    public void A_flipped_byte_in_any_shipped_file_fails_verification()
    {
        WithDatasetsCopy(copy =>
        {
            var manifest = Manifest.Current;
            foreach (var entry in manifest.Files)
            {
                var path = manifest.FullPath(entry);
                var original = File.ReadAllBytes(path);
                FlipByte(path);
                var results = DatasetVerifier.VerifyAll(manifest);
                var bad = Assert.Single(results, r => !r.Ok);
                Assert.Equal(path, bad.File);
                Assert.Contains(Path.GetFileName(path), bad.Message);
                File.WriteAllBytes(path, original);
            }
        });
    }

    [Fact]
    public void A_file_changed_after_it_was_verified_is_checked_again()
    {
        WithDatasetsCopy(copy =>
        {
            using (Wine.Load()) { } // verified and remembered
            var path = Path.Combine(copy, "sklearn", "wine_data.csv");
            var stamp = File.GetLastWriteTimeUtc(path);
            FlipByte(path);
            File.SetLastWriteTimeUtc(path, stamp.AddSeconds(1));
            Assert.Throws<DatasetException>(() => Wine.Load());
        });
    }

    [Fact]
    public void A_missing_file_is_refused_with_how_to_restore_it()
    {
        WithDatasetsCopy(copy =>
        {
            File.Delete(Path.Combine(copy, "sklearn", "wine_data.csv"));
            var ex = Assert.Throws<DatasetException>(() => Wine.Load());
            Assert.Contains("wine_data.csv is missing", ex.Message);
            Assert.Contains("git checkout -- datasets/sklearn/wine_data.csv", ex.Message);
        });
    }

    [Fact]
    public void A_truncated_file_is_refused_by_the_verifier_and_by_the_reader()
    {
        WithDatasetsCopy(copy =>
        {
            var path = Path.Combine(copy, "fashion-mnist", "t10k-images-idx3-ubyte.gz");
            var bytes = File.ReadAllBytes(path);
            File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
            var ex = Assert.Throws<DatasetException>(() => FashionMnist.LoadSubset(Split.Test));
            Assert.Contains("t10k-images-idx3-ubyte.gz is truncated", ex.Message);

            // The IDX reader alone (no manifest) also gives a clear message, not a raw InvalidDataException.
            var read = Assert.Throws<DatasetException>(() => IdxFile.ReadFloats(path, 1f / 255f));
            Assert.Contains("t10k-images-idx3-ubyte.gz", read.Message);
            Assert.Matches("ends early|damaged", read.Message);
        });
    }

    [Fact]
    public void Corrupt_gzip_data_gives_a_clear_message()
    {
        var dir = TempDir();
        var path = Path.Combine(dir, "labels.gz");
        IdxFile.Write(path, Enumerable.Range(0, 5000).Select(i => (byte)(i % 10)).ToArray(), [5000]);
        var bytes = File.ReadAllBytes(path);
        for (int i = 20; i < bytes.Length - 8; i++) bytes[i] ^= 0x5A;
        File.WriteAllBytes(path, bytes);
        var ex = Assert.Throws<DatasetException>(() => IdxFile.ReadLongs(path));
        Assert.Contains("labels.gz", ex.Message);
        Directory.Delete(dir, recursive: true);
    }

    [Fact]
    public void Idx_round_trip()
    {
        var dir = TempDir();
        var path = Path.Combine(dir, "images-idx3-ubyte.gz");
        var data = Enumerable.Range(0, 2 * 3 * 4).Select(i => (byte)(i * 10)).ToArray();
        IdxFile.Write(path, data, [2, 3, 4]);
        var (read, shape) = IdxFile.ReadBytes(path);
        Assert.Equal([2, 3, 4], shape);
        Assert.Equal(data, read);
        var (floats, _) = IdxFile.ReadFloats(path, 0.5f);
        Assert.Equal(115f, floats[^1]);
        Directory.Delete(dir, recursive: true);
    }

    [Fact]
    public void Datasets_folder_is_found_and_a_bad_override_is_explained()
    {
        Assert.True(File.Exists(Path.Combine(DataRoot.Find(), "manifest.json")));
        var before = Environment.GetEnvironmentVariable(Settings.DatasetsVariable);
        try
        {
            Environment.SetEnvironmentVariable(Settings.DatasetsVariable, "/no/such/folder");
            var ex = Assert.Throws<DatasetException>(() => DataRoot.Find());
            Assert.Contains(Settings.DatasetsVariable, ex.Message);
        }
        finally { Environment.SetEnvironmentVariable(Settings.DatasetsVariable, before); }
    }
}
