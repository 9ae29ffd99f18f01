using System.Reflection;
using TorchSharp;
using static TorchSharp.torch;

namespace CourseKit;

/// <summary>What <see cref="Setup.Init"/> chose: versions, device, threads, profile, seed, and what the native check did.</summary>
public sealed record SetupInfo(string CourseKitVersion, string TorchSharpVersion, string Device, int Threads, Profile Profile, int Seed,
    IReadOnlyList<NativeFixResult> Native)
{
    /// <summary>The one line every notebook prints first.</summary>
    public override string ToString() =>
        $"CourseKit {CourseKitVersion} · TorchSharp {TorchSharpVersion} · device {Device} · {Threads} thread{(Threads == 1 ? "" : "s")} · profile {Profile} · seed {Seed}";
}

/// <summary>The one call every notebook (and every program using CourseKit) makes first: makes TorchSharp's native code load,
/// picks the device, threads, seed and profile from the <c>COURSEKIT_*</c> variables, and registers notebook displays. Taught in 00-setup.</summary>
public static class Setup
{
    static SetupInfo? info;
    static readonly object gate = new();

    /// <summary>Runs the setup once per process (later calls only reseed) and prints one line describing it.</summary>
    public static SetupInfo Init(bool quiet = false)
    {
        lock (gate)
        {
            if (info is not null)
            {
                Seeds.Reset(info.Seed);
                return info;
            }
            var native = NativeFix.Apply();
            foreach (var fixedFile in native.Where(n => n.Status == NativeFixStatus.Fixed))
                Console.WriteLine($"CourseKit native fix: {fixedFile.File}: {fixedFile.Message}. Undo with 'coursekit doctor --restore-native'.");

            var profile = Profile.Current;
            var seed = Settings.Seed;
            var threads = Settings.Threads;
            var requested = System.Environment.GetEnvironmentVariable(Settings.DeviceVariable);
            InitializeDeviceType(requested?.Trim().StartsWith("cuda", StringComparison.OrdinalIgnoreCase) == true ? DeviceType.CUDA : DeviceType.CPU);
            var device = Devices.FromEnvironment();
            set_num_threads(threads);
            Seeds.Reset(seed);
            Display.Notebook.RegisterFormatters();

            info = new SetupInfo(Version(typeof(Setup).Assembly), Version(typeof(torch).Assembly), device.ToString(), threads, profile, seed, native);
            current = device;
            if (!quiet) Console.WriteLine(info);
            return info;
        }
    }

    // No static initialiser may touch TorchSharp: its native library must not load before the fix above has run.
    static Device? current;

    /// <summary>The device chosen by <see cref="Init"/> (running it first if needed).</summary>
    public static Device Device
    {
        get
        {
            if (current is null) Init(quiet: true);
            return current!;
        }
    }

    /// <summary>What <see cref="Init"/> chose, running it first if needed.</summary>
    public static SetupInfo Info => info ?? Init(quiet: true);

    static string Version(Assembly a) =>
        (a.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? a.GetName().Version?.ToString() ?? "?").Split('+')[0];
}
