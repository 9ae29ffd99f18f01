using System.Runtime.InteropServices;

namespace CourseKit;

/// <summary>What <see cref="NativeFix"/> found or did for one native library file.</summary>
public enum NativeFixStatus { NotNeeded, AlreadyFixed, Fixed, NotLinux, NotFound }

/// <summary>The outcome for one file: status, the versions involved, and a sentence for people.</summary>
public sealed record NativeFixResult(string File, NativeFixStatus Status, IReadOnlyList<string> Versions, string Message);

/// <summary>Thrown when TorchSharp's native wrapper cannot be made to load; the message says what to do by hand.</summary>
public sealed class NativeSetupException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// Makes TorchSharp's <c>libLibTorchSharp.so</c> load on systems whose C++ runtime is older than the one it was built with
/// (Debian 12, Ubuntu 22.04: GLIBCXX up to 3.4.30; the wrapper asks for 3.4.32). The only symbol needing the newer version is
/// <c>std::ios_base_library_init</c>, which nothing calls through a relocation, so the fix marks that version requirement
/// weak (VER_FLG_WEAK) in the library's <c>.gnu.version_r</c> table. It touches nothing on systems that don't need it, keeps
/// the original beside the file as <c>*.coursekit-orig</c>, and <see cref="Restore"/> puts it back. Taught in 00-setup.
/// </summary>
public static class NativeFix
{
    /// <summary>Symbols whose version requirement may be weakened because the library never really binds them.</summary>
    public static readonly IReadOnlySet<string> SymbolsSafeToWeaken = new HashSet<string> { "_ZSt21ios_base_library_initv" };

    /// <summary>Suffix of the untouched copy kept beside a patched file.</summary>
    public const string BackupSuffix = ".coursekit-orig";

    const string WrapperName = "libLibTorchSharp.so";

    /// <summary>Checks (and where needed fixes) every copy of the wrapper this process or a notebook kernel may load.</summary>
    public static IReadOnlyList<NativeFixResult> Apply()
    {
        if (!OperatingSystem.IsLinux() || RuntimeInformation.ProcessArchitecture != Architecture.X64)
            return [new NativeFixResult("", NativeFixStatus.NotLinux, [], "not Linux x64: nothing to check")];
        var libstdcxx = FindSystemLibStdCxx()
            ?? throw new NativeSetupException("Could not find the C++ runtime libstdc++.so.6 this process uses. Install it (Debian/Ubuntu: apt-get install libstdc++6).");
        var available = ElfVersionInfo.Read(libstdcxx).Defined;
        var files = FindWrapperCopies();
        if (files.Count == 0)
            return [new NativeFixResult("", NativeFixStatus.NotFound, [], $"no {WrapperName} found next to TorchSharp or in the NuGet cache")];
        return files.Select(f => FixFile(f, available)).ToList();
    }

    /// <summary>Checks one wrapper file against the versions the system C++ runtime defines and weakens what is missing, once.</summary>
    public static NativeFixResult FixFile(string path, IReadOnlySet<string> availableVersions)
    {
        var info = ElfVersionInfo.Read(path);
        var missing = info.Needed.Where(n => n.File.StartsWith("libstdc++", StringComparison.Ordinal) && !availableVersions.Contains(n.Name)).ToList();
        var names = missing.Select(m => m.Name).ToList();
        if (missing.Count == 0)
            return new NativeFixResult(path, NativeFixStatus.NotNeeded, [], "the system C++ runtime has every version it needs");
        var toPatch = missing.Where(m => !m.IsWeak).ToList();
        if (toPatch.Count == 0)
            return new NativeFixResult(path, NativeFixStatus.AlreadyFixed, names, $"{string.Join(", ", names)} already marked weak");

        var unsafeSymbols = toPatch.SelectMany(m => m.Symbols).Where(s => !SymbolsSafeToWeaken.Contains(s)).ToList();
        if (unsafeSymbols.Count > 0)
            throw new NativeSetupException(
                $"{path} needs {string.Join(", ", toPatch.Select(m => m.Name))} from libstdc++, which this system lacks, for symbols " +
                $"({string.Join(", ", unsafeSymbols.Take(5))}) that cannot safely be skipped. Install a newer libstdc++6 (GCC 13 or later) " +
                "or use a TorchSharp build made for this distribution.");

        var bytes = File.ReadAllBytes(path);
        foreach (var m in toPatch)
            bytes[m.FlagsOffset] |= (byte)ElfVersionInfo.WeakFlag; // flags is little-endian; the weak bit lives in the low byte
        try
        {
            var backup = path + BackupSuffix;
            if (!File.Exists(backup)) File.Copy(path, backup);
            var temp = $"{path}.coursekit-tmp{Environment.ProcessId}"; // unique: two kernels may start at once
            File.WriteAllBytes(temp, bytes);
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(temp, File.GetUnixFileMode(path));
            File.Move(temp, path, overwrite: true); // atomic rename: a reader never sees half a file
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            throw new NativeSetupException(
                $"{path} needs {string.Join(", ", names)} from libstdc++, which this system lacks, and CourseKit cannot write the file to fix it ({e.Message}). " +
                $"Fix by hand: run 'patchelf --clear-symbol-version _ZSt21ios_base_library_initv {path}' as a user who can write it, " +
                "or point NUGET_PACKAGES at a writable folder and restore again.", e);
        }
        return new NativeFixResult(path, NativeFixStatus.Fixed, names,
            $"marked {string.Join(", ", names)} weak (only std::ios_base_library_init uses it); original kept as {Path.GetFileName(path)}{BackupSuffix}");
    }

    /// <summary>Puts back every original this fix replaced; returns the files restored.</summary>
    public static IReadOnlyList<string> Restore()
    {
        var restored = new List<string>();
        foreach (var path in FindWrapperCopies())
        {
            var backup = path + BackupSuffix;
            if (!File.Exists(backup)) continue;
            File.Move(backup, path, overwrite: true);
            restored.Add(path);
        }
        return restored;
    }

    /// <summary>The libstdc++.so.6 the dynamic loader gives this process (the .NET runtime already loaded it).</summary>
    public static string? FindSystemLibStdCxx()
    {
        try
        {
            var mapped = File.ReadLines("/proc/self/maps")
                .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "")
                .FirstOrDefault(p => p.StartsWith('/') && Path.GetFileName(p).StartsWith("libstdc++.so.6", StringComparison.Ordinal));
            if (mapped is not null && File.Exists(mapped)) return mapped;
        }
        catch (IOException) { }
        string[] known = ["/lib/x86_64-linux-gnu/libstdc++.so.6", "/usr/lib/x86_64-linux-gnu/libstdc++.so.6", "/usr/lib64/libstdc++.so.6", "/usr/lib/libstdc++.so.6"];
        return known.FirstOrDefault(File.Exists);
    }

    /// <summary>Copies of the wrapper that may be loaded: next to TorchSharp.dll (console apps, tests) and in the NuGet
    /// package cache (notebooks load TorchSharp from there).</summary>
    public static IReadOnlyList<string> FindWrapperCopies()
    {
        var dirs = new List<string>();
        var torchDir = Path.GetDirectoryName(typeof(TorchSharp.torch).Assembly.Location);
        if (!string.IsNullOrEmpty(torchDir))
        {
            dirs.Add(torchDir);
            dirs.Add(Path.Combine(torchDir, "runtimes", "linux-x64", "native"));
            dirs.Add(Path.Combine(torchDir, "cpu")); // where TorchSharp consolidates natives when a first load failed
            dirs.Add(Path.Combine(torchDir, "cuda"));
            dirs.Add(Path.GetFullPath(Path.Combine(torchDir, "..", "..", "runtimes", "linux-x64", "native")));
        }
        var version = typeof(TorchSharp.torch).Assembly.GetName().Version;
        var cache = System.Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        if (version is not null)
            dirs.Add(Path.Combine(cache, "torchsharp", $"{version.Major}.{version.Minor}.{version.Build}", "runtimes", "linux-x64", "native"));
        return dirs.Select(d => Path.Combine(d, WrapperName)).Where(File.Exists)
            .Select(Path.GetFullPath).Distinct().ToList();
    }
}
