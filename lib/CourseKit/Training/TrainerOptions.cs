using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace CourseKit.Training;

/// <summary>How <see cref="Trainer"/> trains: epochs, optimiser, loss, schedule, early stopping, device, progress, checkpoints.</summary>
public sealed record TrainerOptions
{
    public int Epochs { get; init; } = 10;
    public double LearningRate { get; init; } = 1e-3;

    /// <summary>Makes the optimiser from the model's parameters and the learning rate; default Adam.</summary>
    public Func<IEnumerable<Parameter>, double, optim.Optimizer> Optimizer { get; init; } = (p, lr) => optim.Adam(p, lr);

    /// <summary>(output, target) → scalar loss; default cross-entropy (see <see cref="Losses"/>).</summary>
    public Func<Tensor, Tensor, Tensor> Loss { get; init; } = Losses.CrossEntropy;

    /// <summary>Optional learning-rate schedule, stepped once per epoch, e.g. <c>o => optim.lr_scheduler.StepLR(o, 5, 0.5)</c>.</summary>
    public Func<optim.Optimizer, optim.lr_scheduler.LRScheduler>? Schedule { get; init; }

    /// <summary>Stop when the validation loss has not improved for this many epochs, and keep the best weights; null = never.</summary>
    public int? EarlyStoppingPatience { get; init; }

    /// <summary>Where to train; null = the device <see cref="Setup"/> chose.</summary>
    public Device? Device { get; init; }

    /// <summary>Show progress (a live bar in notebooks, sparse lines in a console).</summary>
    public bool Progress { get; init; } = true;

    /// <summary>Called after every epoch with its result (for custom logging or measurements).</summary>
    public Action<EpochResult>? OnEpoch { get; init; }

    /// <summary>If set, a checkpoint (weights, optimiser state, history) is written here after every epoch, and
    /// <see cref="Trainer.Fit"/> resumes from it when it exists.</summary>
    public string? CheckpointPath { get; init; }
}
