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

    /// <summary>The line to write, prefix included; with a <paramref name="nonce"/> (grading), the line carries it so that
    /// a cell printing look-alike lines cannot forge progress.</summary>
    public string ToLine(string? nonce = null) => Prefix + (nonce is null ? "" : nonce + " ") + JsonSerializer.Serialize(this, json);

    /// <summary>Reads a protocol line, also when a cell's unterminated raw output precedes it; null for any other output.</summary>
    public static WorkerMessage? TryParse(string? line, string? nonce = null)
    {
        var prefix = nonce is null ? Prefix : Prefix + nonce + " ";
        var at = line?.IndexOf(prefix, StringComparison.Ordinal) ?? -1;
        if (at < 0) return null;
        try { return JsonSerializer.Deserialize<WorkerMessage>(line.AsSpan(at + prefix.Length), json); }
        catch (JsonException) { return null; }
    }
}
