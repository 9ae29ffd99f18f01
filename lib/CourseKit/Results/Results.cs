using System.Text.Json;

namespace CourseKit;

/// <summary>One headline figure a notebook published: an accuracy, a time, a ratio.</summary>
public sealed record ResultRecord(string Key, double Value, string Unit, string Profile, string Device, string? Notebook = null);

/// <summary>Publishes headline figures. Under <c>coursekit run</c> each record is appended to the file named by
/// <c>COURSEKIT_RESULTS</c> (one JSON object a line); the runner gathers them into <c>results.json</c> beside the executed
/// notebooks, where later notebooks and benchmarks read them instead of retyping numbers. Taught in 00-setup.</summary>
public static class Results
{
    static readonly JsonSerializerOptions json = new(JsonSerializerDefaults.Web);

    /// <summary>Records a figure (and returns it, so a cell can end with the call and show it).</summary>
    public static ResultRecord Record(string key, double value, string unit = "")
    {
        if (string.IsNullOrWhiteSpace(key)) throw new ArgumentException("A result needs a key, e.g. \"cnn.test_accuracy\".", nameof(key));
        if (double.IsNaN(value) || double.IsInfinity(value)) throw new ArgumentException($"Result '{key}' is {value}: only finite numbers can be recorded.", nameof(value));
        var record = new ResultRecord(key, value, unit, Profile.Current.Name, Setup.Info.Device);
        var path = Environment.GetEnvironmentVariable(Settings.ResultsVariable);
        if (!string.IsNullOrWhiteSpace(path))
            File.AppendAllText(path, JsonSerializer.Serialize(record, json) + "\n");
        return record;
    }

    /// <summary>Reads the figures gathered by an earlier <c>coursekit run</c> (its <c>results.json</c>); empty when there is none.</summary>
    public static IReadOnlyList<ResultRecord> Load(string path)
    {
        if (!File.Exists(path)) return [];
        return JsonSerializer.Deserialize<List<ResultRecord>>(File.ReadAllText(path), json) ?? [];
    }
}
