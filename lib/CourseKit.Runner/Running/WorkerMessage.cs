using System.Text.Json;
using System.Text.Json.Serialization;
using CourseKit.Runner.Execution;

namespace CourseKit.Runner.Running;

/// <summary>A progress line from the worker process that runs one notebook to the parent: a cell started, a cell
/// finished, or the notebook is done. Written as one JSON line behind <see cref="Prefix"/> so that anything else a
/// cell or native code prints to stdout is told apart.</summary>
public sealed record WorkerMessage(string Kind, int Cell = 0, string? FirstLine = null, CellOutcome? Outcome = null, double Seconds = 0, string? Error = null)
{
    /// <summary>Marks protocol lines on the worker's stdout.</summary>
    public const string Prefix = "@@coursekit ";

    /// <summary>Message kinds.</summary>
    public const string Started = "started", Finished = "finished", Done = "done";

    static readonly JsonSerializerOptions json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The line to write, prefix included.</summary>
    public string ToLine() => Prefix + JsonSerializer.Serialize(this, json);

    /// <summary>Reads a protocol line, also when a cell's unterminated raw output precedes it; null for any other output.</summary>
    public static WorkerMessage? TryParse(string? line)
    {
        var at = line?.IndexOf(Prefix, StringComparison.Ordinal) ?? -1;
        if (at < 0) return null;
        try { return JsonSerializer.Deserialize<WorkerMessage>(line.AsSpan(at + Prefix.Length), json); }
        catch (JsonException) { return null; }
    }
}
