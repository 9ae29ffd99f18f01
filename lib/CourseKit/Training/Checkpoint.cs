using System.Text.Json;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace CourseKit.Training;

/// <summary>A training checkpoint: a folder with the weights, the optimiser's state and the history so far, written after every
/// epoch so that an interrupted run resumes where it stopped (<see cref="TrainerOptions.CheckpointPath"/>).</summary>
public static class Checkpoint
{
    const string Weights = "model.bin", OptimizerState = "optimizer.bin", HistoryFile = "history.json";

    /// <summary>Writes the checkpoint; the folder is replaced whole, so a crash mid-write leaves the previous one intact.</summary>
    public static void Save(string path, nn.Module model, optim.Optimizer optimizer, IReadOnlyList<EpochResult> history)
    {
        var temp = path.TrimEnd('/', '\\') + ".tmp";
        if (Directory.Exists(temp)) Directory.Delete(temp, recursive: true);
        Directory.CreateDirectory(temp);
        model.save(Path.Combine(temp, Weights));
        if (optimizer is OptimizerHelper helper) helper.save_state_dict(Path.Combine(temp, OptimizerState));
        File.WriteAllText(Path.Combine(temp, HistoryFile), JsonSerializer.Serialize(history));
        var old = path.TrimEnd('/', '\\') + ".old";
        if (Directory.Exists(old)) Directory.Delete(old, recursive: true);
        if (Directory.Exists(path)) Directory.Move(path, old);
        Directory.Move(temp, path);
        if (Directory.Exists(old)) Directory.Delete(old, recursive: true);
    }

    /// <summary>Reads a checkpoint into the model and optimiser and returns the epochs it had finished.</summary>
    public static IReadOnlyList<EpochResult> Load(string path, nn.Module model, optim.Optimizer optimizer)
    {
        var weights = Path.Combine(path, Weights);
        if (!File.Exists(weights))
            throw new FileNotFoundException($"{path} is not a CourseKit checkpoint (no {Weights}). Delete it to start training afresh.", weights);
        ModelFiles.Load(model, weights);
        var state = Path.Combine(path, OptimizerState);
        if (optimizer is OptimizerHelper helper && File.Exists(state)) helper.load_state_dict(state);
        return JsonSerializer.Deserialize<List<EpochResult>>(File.ReadAllText(Path.Combine(path, HistoryFile))) ?? [];
    }
}
