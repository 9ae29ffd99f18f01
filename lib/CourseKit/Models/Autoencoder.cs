using TorchSharp.Modules;
using static TorchSharp.torch;

namespace CourseKit.Models;

/// <summary>A fully connected autoencoder for 28×28 images: squeezes each image through a small code and rebuilds it. Trained with
/// the image as its own target; a high reconstruction error marks an image unlike the training data. Taught in 04 and 09.</summary>
public sealed class Autoencoder : nn.Module<Tensor, Tensor>
{
    readonly Sequential encoder, decoder;
    readonly long[] imageShape;

    public Autoencoder(int code = 32, int hidden = 256, int height = 28, int width = 28) : base("Autoencoder")
    {
        imageShape = [1, height, width];
        int pixels = height * width;
        encoder = nn.Sequential(nn.Flatten(), nn.Linear(pixels, hidden), nn.ReLU(), nn.Linear(hidden, code));
        decoder = nn.Sequential(nn.Linear(code, hidden), nn.ReLU(), nn.Linear(hidden, pixels), nn.Sigmoid());
        RegisterComponents();
    }

    /// <summary>The code [N, code] for images [N, 1, H, W].</summary>
    public Tensor Encode(Tensor images) => encoder.call(images);

    public override Tensor forward(Tensor images) => decoder.call(encoder.call(images)).reshape([images.shape[0], .. imageShape]);

    /// <summary>Mean squared reconstruction error per image [N], without gradients.</summary>
    public Tensor ReconstructionError(Tensor images)
    {
        using var _ = no_grad();
        return (forward(images) - images).pow(2).flatten(1).mean([1]);
    }
}
