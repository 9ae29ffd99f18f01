using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CourseKit.Runner.Exercises;

/// <summary>How one exercise scored: points on offer, points earned, a status (<c>passed</c>, <c>failed</c>,
/// <c>exception</c>, <c>compile error</c>, <c>timeout</c>, <c>crashed</c>, <c>missing</c>, <c>refused</c>, <c>not run</c>) and why.</summary>
public sealed record ExerciseScore(string Id, int Points, int Earned, string Status, string Message);

/// <summary>The grade of one submission: per-exercise scores, the total, and warnings about the instructor's own cells.</summary>
public sealed record GradeReport(string Submission, IReadOnlyList<ExerciseScore> Exercises, IReadOnlyList<string> Warnings, double Seconds, int Runs)
{
    /// <summary>Points earned.</summary>
    public int Total => Exercises.Sum(e => e.Earned);

    /// <summary>Points on offer.</summary>
    public int Max => Exercises.Sum(e => e.Points);

    /// <summary>A plain-text table, one row per exercise, then the total.</summary>
    public string ToTable()
    {
        var w = Math.Max("exercise".Length, Exercises.Select(e => e.Id.Length).DefaultIfEmpty(0).Max());
        var text = new StringBuilder($"{"exercise".PadRight(w)}  points  status         message\n");
        foreach (var e in Exercises)
            text.Append($"{e.Id.PadRight(w)}  {$"{e.Earned}/{e.Points}",6}  {e.Status,-13}  {e.Message}\n");
        text.Append($"{"total".PadRight(w)}  {$"{Total}/{Max}",6}\n");
        foreach (var warning in Warnings) text.Append($"warning: {warning}\n");
        return text.ToString();
    }

    /// <summary><c>{"total", "max", "exercises": [{"id", "points", "earned", "status", "message"}]}</c>.</summary>
    public string ToJson() => new JsonObject
    {
        ["submission"] = Submission,
        ["total"] = Total,
        ["max"] = Max,
        ["exercises"] = new JsonArray(Exercises.Select(e => (JsonNode)new JsonObject
        {
            ["id"] = e.Id, ["points"] = e.Points, ["earned"] = e.Earned, ["status"] = e.Status, ["message"] = e.Message,
        }).ToArray()),
        ["warnings"] = new JsonArray(Warnings.Select(w => (JsonNode)JsonValue.Create(w)!).ToArray()),
    }.ToJsonString(new JsonSerializerOptions { WriteIndented = true });

    /// <summary>A class's grades as CSV: submission, total, max, then earned points per exercise id, and statuses.</summary>
    public static string ToCsv(IReadOnlyList<GradeReport> reports)
    {
        var ids = reports.SelectMany(r => r.Exercises.Select(e => e.Id)).Distinct().ToList();
        var text = new StringBuilder("submission,total,max," + string.Join(",", ids.Select(Csv)) + ",statuses\n");
        foreach (var r in reports)
        {
            var earned = ids.Select(id => r.Exercises.FirstOrDefault(e => e.Id == id)?.Earned.ToString(CultureInfo.InvariantCulture) ?? "");
            var statuses = string.Join("; ", r.Exercises.Select(e => $"{e.Id} {e.Status}"));
            text.Append($"{Csv(r.Submission)},{r.Total},{r.Max},{string.Join(",", earned)},{Csv(statuses)}\n");
        }
        return text.ToString();
    }

    static string Csv(string s) => s.IndexOfAny([',', '"', '\n']) < 0 ? s : "\"" + s.Replace("\"", "\"\"") + "\"";
}
