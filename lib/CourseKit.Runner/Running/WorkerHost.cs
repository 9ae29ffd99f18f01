namespace CourseKit.Runner.Running;

/// <summary>Finds what starts a worker process: the <c>dotnet</c> host and the CourseKit CLI assembly.</summary>
static class WorkerHost
{
    /// <summary>The dotnet executable running us (or named by <c>DOTNET_HOST_PATH</c>), else <c>dotnet</c> from PATH.</summary>
    public static string DotnetPath
    {
        get
        {
            var fromSdk = System.Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
            if (!string.IsNullOrEmpty(fromSdk) && File.Exists(fromSdk)) return fromSdk;
            var self = System.Environment.ProcessPath;
            if (self is not null && Path.GetFileNameWithoutExtension(self).Equals("dotnet", StringComparison.OrdinalIgnoreCase)) return self;
            return "dotnet";
        }
    }

    /// <summary><paramref name="configured"/>, else <c>CourseKit.Cli.dll</c> next to the app or this library.</summary>
    public static string CliAssembly(string? configured)
    {
        if (configured is not null) return Path.GetFullPath(configured);
        foreach (var folder in new[] { AppContext.BaseDirectory, Path.GetDirectoryName(typeof(WorkerHost).Assembly.Location) ?? "" })
        {
            var candidate = Path.Combine(folder, "CourseKit.Cli.dll");
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException($"CourseKit.Cli.dll was not found in {AppContext.BaseDirectory}: build lib/CourseKit.Cli, or set RunOptions.WorkerAssembly.");
    }
}
