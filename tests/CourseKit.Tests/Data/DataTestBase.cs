using CourseKit.Data;

namespace CourseKit.Tests.Data;

/// <summary>Data tests change process-wide environment variables (COURSEKIT_DATA, COURSEKIT_DATASETS), so they run one at a time.</summary>
[CollectionDefinition("data", DisableParallelization = true)]
public sealed class DataCollection;

/// <summary>Initialises TorchSharp once and helps make throw-away copies of the datasets folder.</summary>
public abstract class DataTestBase
{
    protected DataTestBase() => Setup.Init(quiet: true);

    /// <summary>A fresh temporary folder, deleted at process exit by the OS's temp cleaning; tests delete what they can.</summary>
    protected static string TempDir()
    {
        var dir = Path.Combine(Path.GetTempPath(), "coursekit-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    /// <summary>Copies datasets/ to a temp folder and points COURSEKIT_DATASETS at it for the duration of <paramref name="body"/>.</summary>
    protected static void WithDatasetsCopy(Action<string> body)
    {
        var source = DataRoot.Find();
        var copy = Path.Combine(TempDir(), "datasets");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        var before = Environment.GetEnvironmentVariable(Settings.DatasetsVariable);
        Environment.SetEnvironmentVariable(Settings.DatasetsVariable, copy);
        try { body(copy); }
        finally
        {
            Environment.SetEnvironmentVariable(Settings.DatasetsVariable, before);
            try { Directory.Delete(Path.GetDirectoryName(copy)!, recursive: true); } catch (IOException) { }
        }
    }

    /// <summary>Flips every bit of one byte in the middle of a file, keeping its size.</summary>
    protected static void FlipByte(string path)
    {
        var bytes = File.ReadAllBytes(path);
        bytes[bytes.Length / 2] ^= 0xFF;
        File.WriteAllBytes(path, bytes);
    }
}
