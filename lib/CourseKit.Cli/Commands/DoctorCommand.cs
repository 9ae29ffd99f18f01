using System.CommandLine;

namespace CourseKit.Cli.Commands;

/// <summary><c>coursekit doctor</c>: checks that TorchSharp loads here (fixing the Debian 12 C++ runtime issue), and can undo that fix.</summary>
public static class DoctorCommand
{
    public static Command Create()
    {
        var restore = new Option<bool>("--restore-native") { Description = "Put back the original libLibTorchSharp.so files the native fix replaced." };
        var command = new Command("doctor", "Check the environment: native libraries, device, threads, profile, seed.") { restore };
        command.SetAction(parse =>
        {
            if (parse.GetValue(restore))
            {
                var restored = NativeFix.Restore();
                Console.WriteLine(restored.Count == 0 ? "Nothing to restore: no file was patched." : string.Join(Environment.NewLine, restored.Select(r => $"restored {r}")));
                return 0;
            }
            try
            {
                var info = Setup.Init();
                foreach (var n in info.Native) Console.WriteLine($"native: {n.Status,-12} {n.File} — {n.Message}");
                using var x = TorchSharp.torch.ones(2, 3, device: Setup.Device);
                Console.WriteLine($"tensor check: ones(2,3).sum() = {x.sum().item<float>()} on {x.device}");
                Console.WriteLine("doctor: everything CourseKit needs works here.");
                return 0;
            }
            catch (Exception e)
            {
                Console.Error.WriteLine($"doctor: {e.GetBaseException().Message}");
                return 1;
            }
        });
        return command;
    }
}
