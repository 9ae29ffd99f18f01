using TorchSharp;
using static TorchSharp.torch;

namespace CourseKit;

/// <summary>Thrown when the device asked for does not exist here.</summary>
public sealed class DeviceException(string message) : Exception(message);

/// <summary>Chooses where tensors live: CUDA when present, else Apple's MPS, else the CPU; <c>COURSEKIT_DEVICE</c> overrides.
/// Taught in 00-setup and 03-key-differences.</summary>
public static class Devices
{
    /// <summary>The best device this machine has.</summary>
    public static Device Best()
    {
        if (cuda.is_available()) return CUDA;
        if (OperatingSystem.IsMacOS() && mps_is_available()) return new Device(DeviceType.MPS);
        return CPU;
    }

    /// <summary>The device named by <c>COURSEKIT_DEVICE</c> (<c>cpu</c>, <c>cuda</c>, <c>cuda:N</c>, <c>mps</c>), else <see cref="Best"/>.</summary>
    public static Device FromEnvironment()
    {
        var spec = Environment.GetEnvironmentVariable(Settings.DeviceVariable);
        return string.IsNullOrWhiteSpace(spec) ? Best() : Parse(spec);
    }

    /// <summary>Parses a device name and checks that it exists here; asking for a GPU that is not there is an error, never a silent fallback.</summary>
    public static Device Parse(string spec)
    {
        var text = spec.Trim().ToLowerInvariant();
        if (text == "cpu") return CPU;
        if (text == "mps")
        {
            if (!mps_is_available()) throw new DeviceException($"{Settings.DeviceVariable}=mps, but Apple's Metal (MPS) backend is not available here. Unset {Settings.DeviceVariable} or set it to cpu.");
            return new Device(DeviceType.MPS);
        }
        if (text == "cuda" || text.StartsWith("cuda:", StringComparison.Ordinal))
        {
            int index = 0;
            if (text.Length > 4 && !int.TryParse(text[5..], out index))
                throw new DeviceException($"{Settings.DeviceVariable}='{spec}': the GPU index after 'cuda:' must be a number, e.g. cuda:0.");
            if (!cuda.is_available())
                throw new DeviceException($"{Settings.DeviceVariable}='{spec}', but CUDA is not available: this build of TorchSharp is CPU-only or no NVIDIA GPU/driver was found. " +
                    "Unset the variable to use the CPU, or install TorchSharp-cuda-linux / TorchSharp-cuda-windows (environment.md, 'GPU').");
            if (index >= cuda.device_count())
                throw new DeviceException($"{Settings.DeviceVariable}='{spec}', but this machine has {cuda.device_count()} GPU(s) (cuda:0 to cuda:{cuda.device_count() - 1}).");
            return new Device(DeviceType.CUDA, index);
        }
        throw new DeviceException($"{Settings.DeviceVariable}='{spec}' is not a device. Use cpu, cuda, cuda:N or mps.");
    }
}
