using System.Diagnostics;

namespace CourseKit.Runner.Tests;

/// <summary>Small .dib files in a temp folder, and the coursekit CLI run on them as a user would.</summary>
public static class TestNotebooks
{
    const string Header = "#!meta\n\n{\"kernelInfo\":{\"defaultKernelName\":\"csharp\",\"items\":[{\"aliases\":[],\"name\":\"csharp\"}]}}\n";

    /// <summary>A fresh temp folder.</summary>
    public static string NewFolder() => Directory.CreateTempSubdirectory("coursekit-runner-tests-").FullName;

    /// <summary>.dib text from cells; a cell starting with "md:" is markdown, any other is C#.</summary>
    public static string Dib(params string[] cells) =>
        Header + string.Concat(cells.Select(c => c.StartsWith("md:") ? $"\n#!markdown\n\n{c[3..].Trim()}\n" : $"\n#!csharp\n\n{c}\n"));

    /// <summary>Writes a notebook into <paramref name="folder"/> and returns its path.</summary>
    public static string Write(string folder, string fileName, params string[] cells)
    {
        var path = Path.Combine(folder, fileName);
        File.WriteAllText(path, Dib(cells));
        return path;
    }

    /// <summary>What running the CLI printed and returned.</summary>
    public sealed record CliResult(int ExitCode, string Stdout, string Stderr, double Seconds);

    /// <summary>Runs <c>dotnet CourseKit.Cli.dll ARGS</c> in <paramref name="workingDirectory"/>.</summary>
    public static Task<CliResult> Cli(string workingDirectory, params string[] args) => Cli(workingDirectory, TimeSpan.FromMinutes(3), args);

    /// <summary>Runs <c>dotnet CourseKit.Cli.dll ARGS</c> in <paramref name="workingDirectory"/>, killing it after <paramref name="timeLimit"/>.</summary>
    public static async Task<CliResult> Cli(string workingDirectory, TimeSpan timeLimit, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "CourseKit.Cli.dll"));
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment.Remove("COURSEKIT_THREADS");
        info.Environment.Remove("COURSEKIT_PROFILE");
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(timeLimit);
        await process.WaitForExitAsync(limit.Token);
        return new CliResult(process.ExitCode, await stdout, await stderr, clock.Elapsed.TotalSeconds);
    }
}
