using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace CourseKit.Runner.Running;

/// <summary>Writes a run's <c>run.json</c> (status, seconds, cells, first failure per notebook) and <c>results.json</c>
/// (every figure the notebooks recorded through <c>COURSEKIT_RESULTS</c>, as one array).</summary>
public static class RunArtifacts
{
    static readonly JsonSerializerOptions json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>Writes <c>run.json</c> into <paramref name="folder"/>.</summary>
    public static void WriteRun(string folder, RunReport report) =>
        File.WriteAllText(Path.Combine(folder, "run.json"), JsonSerializer.Serialize(report, json));

    /// <summary>Gathers each notebook's JSON lines into <c>results.json</c>: objects {notebook, key, value, unit, profile, device}.
    /// Lines that are not JSON objects are skipped.</summary>
    public static JsonArray WriteResults(string folder, IEnumerable<(string Notebook, string LinesFile)> sources)
    {
        var all = new JsonArray();
        foreach (var (notebook, file) in sources)
        {
            if (!File.Exists(file)) continue;
            foreach (var line in File.ReadLines(file).Where(l => l.Trim().Length > 0))
            {
                JsonObject? record;
                try { record = JsonNode.Parse(line) as JsonObject; }
                catch (JsonException) { continue; }
                if (record is null) continue;
                all.Add(new JsonObject
                {
                    ["notebook"] = notebook,
                    ["key"] = record["key"]?.DeepClone(),
                    ["value"] = record["value"]?.DeepClone(),
                    ["unit"] = record["unit"]?.DeepClone(),
                    ["profile"] = record["profile"]?.DeepClone(),
                    ["device"] = record["device"]?.DeepClone(),
                });
            }
        }
        File.WriteAllText(Path.Combine(folder, "results.json"), all.ToJsonString(json));
        return all;
    }
}
