namespace CourseKit.Tests;

public class NativeFixTests
{
    /// <summary>A temp copy of the wrapper as shipped: a kept original if there is one, else a copy with the weak bit cleared again.</summary>
    static string OriginalWrapper()
    {
        Setup.Init(quiet: true);
        var copies = NativeFix.FindWrapperCopies();
        var backup = copies.Select(c => c + NativeFix.BackupSuffix).FirstOrDefault(File.Exists);
        var path = Path.Combine(Path.GetTempPath(), $"coursekit-orig-{Guid.NewGuid():N}.so");
        File.Copy(backup ?? copies.First(), path);
        foreach (var n in ElfVersionInfo.Read(path).Needed.Where(n => n.IsWeak))
        {
            var bytes = File.ReadAllBytes(path);
            bytes[n.FlagsOffset] &= unchecked((byte)~ElfVersionInfo.WeakFlag);
            File.WriteAllBytes(path, bytes);
        }
        return path;
    }

    static readonly HashSet<string> Debian12 = Enumerable.Range(0, 31).Select(i => $"GLIBCXX_3.4.{i}").Append("GLIBCXX_3.4")
        .Concat(Enumerable.Range(1, 13).Select(i => $"CXXABI_1.3.{i}")).Append("CXXABI_1.3").ToHashSet();

    [Fact]
    public void Detects_the_missing_version_and_the_one_symbol_needing_it()
    {
        var original = OriginalWrapper();
        var info = ElfVersionInfo.Read(original);
        File.Delete(original);
        var v = info.Needed.Single(n => n.Name == "GLIBCXX_3.4.32");
        Assert.Equal("libstdc++.so.6", v.File);
        Assert.Equal(["_ZSt21ios_base_library_initv"], v.Symbols);
        Assert.DoesNotContain(info.Needed, n => n.IsWeak && n.Name != "GLIBCXX_3.4.32");
    }

    [Fact]
    public void Fix_is_applied_once_and_second_call_changes_nothing()
    {
        var temp = Path.Combine(Path.GetTempPath(), $"coursekit-native-{Guid.NewGuid():N}");
        Directory.CreateDirectory(temp);
        try
        {
            var lib = Path.Combine(temp, "libLibTorchSharp.so");
            File.Move(OriginalWrapper(), lib);
            var original = File.ReadAllBytes(lib);
            var first = NativeFix.FixFile(lib, Debian12);
            Assert.Equal(NativeFixStatus.Fixed, first.Status);
            var patched = File.ReadAllBytes(lib);
            Assert.Equal(original.Length, patched.Length);
            Assert.Equal(1, original.Zip(patched).Count(p => p.First != p.Second)); // one flag byte, nothing else
            Assert.True(ElfVersionInfo.Read(lib).Needed.Single(n => n.Name == "GLIBCXX_3.4.32").IsWeak);
            Assert.Equal(original, File.ReadAllBytes(lib + NativeFix.BackupSuffix));

            var second = NativeFix.FixFile(lib, Debian12);
            Assert.Equal(NativeFixStatus.AlreadyFixed, second.Status);
            Assert.Equal(patched, File.ReadAllBytes(lib));
        }
        finally { Directory.Delete(temp, true); }
    }

    [Fact]
    public void A_system_with_the_newer_runtime_is_left_alone()
    {
        var temp = OriginalWrapper();
        try
        {
            var before = File.ReadAllBytes(temp);
            var result = NativeFix.FixFile(temp, Debian12.Append("GLIBCXX_3.4.31").Append("GLIBCXX_3.4.32").ToHashSet());
            Assert.Equal(NativeFixStatus.NotNeeded, result.Status);
            Assert.Equal(before, File.ReadAllBytes(temp));
            Assert.False(File.Exists(temp + NativeFix.BackupSuffix));
        }
        finally { File.Delete(temp); }
    }

    [Fact]
    public void This_machine_loads_torch_after_setup()
    {
        Setup.Init(quiet: true);
        using var t = TorchSharp.torch.ones(3);
        Assert.Equal(3f, t.sum().item<float>());
    }
}
