namespace CourseKit;

/// <summary>The environment variables CourseKit reads, and their parsed values. environment.md lists them for people.</summary>
public static class Settings
{
    public const string ProfileVariable = "COURSEKIT_PROFILE";
    public const string DeviceVariable = "COURSEKIT_DEVICE";
    public const string SeedVariable = "COURSEKIT_SEED";
    public const string ThreadsVariable = "COURSEKIT_THREADS";
    /// <summary>A folder holding the full Fashion-MNIST set (the four IDX .gz files), used when present.</summary>
    public const string DataVariable = "COURSEKIT_DATA";
    /// <summary>The course's datasets/ folder, when it cannot be found by walking up from the current folder.</summary>
    public const string DatasetsVariable = "COURSEKIT_DATASETS";
    /// <summary>Where CourseKit keeps small caches (e.g. which data files were already verified); default ~/.cache/coursekit.</summary>
    public const string CacheVariable = "COURSEKIT_CACHE";
    public const string ResultsVariable = "COURSEKIT_RESULTS";

    /// <summary>Seed used when <c>COURSEKIT_SEED</c> is not set.</summary>
    public const int DefaultSeed = 42;

    /// <summary>The seed from <c>COURSEKIT_SEED</c>, or <see cref="DefaultSeed"/>.</summary>
    public static int Seed => ParseInt(SeedVariable, DefaultSeed, min: 0);

    /// <summary>Threads for tensor math: <c>COURSEKIT_THREADS</c>, else every core up to 8 (more rarely helps small models).</summary>
    public static int Threads => ParseInt(ThreadsVariable, Math.Clamp(Environment.ProcessorCount, 1, 8), min: 1);

    static int ParseInt(string variable, int fallback, int min)
    {
        var text = Environment.GetEnvironmentVariable(variable);
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        if (int.TryParse(text.Trim(), out var value) && value >= min) return value;
        throw new ArgumentException($"{variable}='{text}' is not a whole number ≥ {min}. Unset it or give e.g. {variable}={fallback}.");
    }
}
