using CourseKit.Models;
using CourseKit.Training;
using static TorchSharp.torch;

namespace CourseKit.Tests;

public class ModelsTests
{
    public ModelsTests() => Setup.Init(quiet: true);

    [Fact]
    public void Mlp_has_the_parameters_its_formula_says()
    {
        var net = Mlp.Create(784, [256, 128], 10);
        Assert.Equal(784 * 256 + 256 + 256 * 128 + 128 + 128 * 10 + 10, Parameters.Count(net));
        Assert.Equal(10, Parameters.Count(Mlp.Create(3, [], 2)) + 2); // one linear layer: 3·2 + 2 = 8
        Assert.Contains("total", Parameters.Summary(net));
    }

    [Fact]
    public void Cnn_maps_images_to_class_scores()
    {
        using var scores = Cnn.Create().call(zeros(4, 1, 28, 28));
        Assert.Equal([4L, 10L], scores.shape);
    }

    [Fact]
    public void Channels_last_layout_changes_speed_not_values()
    {
        Seeds.Reset(4);
        var fast = Cnn.Create(channelsLast: true);
        Seeds.Reset(4);
        var plain = Cnn.Create(channelsLast: false);
        var x = rand(8, 1, 28, 28);
        Assert.True(fast.call(x).allclose(plain.call(x), rtol: 1e-4, atol: 1e-5));
        Assert.Equal(Parameters.Count(plain), Parameters.Count(fast));
    }

    [Fact]
    public void Gru_learns_which_half_of_a_sequence_is_brighter()
    {
        Seeds.Reset(11);
        var x = rand(256, 8, 4);
        var y = (x[.., ..4].sum([1, 2]) > x[.., 4..].sum([1, 2])).to(ScalarType.Int64);
        var batches = TestData.Batches(x, y, 32);
        var trainer = new Trainer(new SequenceClassifier(4, 16, 2), new TrainerOptions { Epochs = 25, LearningRate = 0.01, Progress = false });
        trainer.Fit(batches);
        Assert.True(trainer.Evaluate(batches).Accuracy >= 0.85);
    }

    [Fact]
    public void Autoencoder_reconstruction_error_falls_with_training()
    {
        Seeds.Reset(12);
        var images = rand(128, 1, 28, 28).gt(0.7).to(ScalarType.Float32);
        var ae = new Autoencoder(code: 16, hidden: 64);
        double before = ae.ReconstructionError(images).mean().item<float>();
        var batches = TestData.Batches(images, images, 32);
        new Trainer(ae, new TrainerOptions { Epochs = 10, Loss = Losses.MeanSquaredError, Progress = false }).Fit(batches);
        double after = ae.ReconstructionError(images).mean().item<float>();
        Assert.Equal([128L, 1L, 28L, 28L], ae.call(images).shape);
        Assert.True(after < before * 0.9, $"error {before} → {after}");
    }
}
