using static TorchSharp.torch;

namespace CourseKit.Training;

/// <summary>Saving and loading model weights with messages that say what went wrong.</summary>
public static class ModelFiles
{
    /// <summary>Writes the weights of <paramref name="model"/> to <paramref name="path"/>, creating its folder.</summary>
    public static void Save(nn.Module model, string path)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        model.save(path);
    }

    /// <summary>Reads weights saved by <see cref="Save"/>; the model must have the same layers and shapes.</summary>
    public static void Load(nn.Module model, string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"No saved weights at {path}. Save them first with Trainer.Save or ModelFiles.Save.", path);
        try { model.load(path); }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.Runtime.InteropServices.ExternalException or IOException)
        {
            throw new InvalidDataException($"Could not load {path} into {model.GetType().Name}: {e.Message} The file must come from a model with the same layers and shapes.", e);
        }
    }
}
