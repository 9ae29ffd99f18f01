using System.Text.RegularExpressions;

namespace CourseKit.Runner.Exercises;

/// <summary>The exercise marker syntax (see notebooks/EXERCISES.md): the lines that open exercise and check cells and
/// delimit solution and hidden-check regions.</summary>
public static partial class Markers
{
    /// <summary>Region delimiters, matched against a line with surrounding blanks trimmed.</summary>
    public const string BeginSolution = "// BEGIN SOLUTION", EndSolution = "// END SOLUTION",
        BeginHidden = "// BEGIN HIDDEN CHECKS", EndHidden = "// END HIDDEN CHECKS";

    /// <summary><c>// EXERCISE &lt;id&gt; (&lt;n&gt; point[s])[: title]</c>.</summary>
    [GeneratedRegex(@"^// EXERCISE (?<id>[A-Za-z0-9][A-Za-z0-9._-]*) \((?<points>\d+) points?\)(?:: *(?<title>.*?))?\s*$")]
    public static partial Regex ExerciseLine();

    /// <summary><c>// CHECK &lt;id&gt;</c>.</summary>
    [GeneratedRegex(@"^// CHECK (?<id>[A-Za-z0-9][A-Za-z0-9._-]*)\s*$")]
    public static partial Regex CheckLine();

    /// <summary>Anything that looks like a marker (to report near-misses such as <c>//EXERCISE</c> or <c>// END SOLUTIONS</c>).</summary>
    [GeneratedRegex(@"^//\s*(EXERCISE|CHECK|BEGIN\s+SOLUTION|END\s+SOLUTION|BEGIN\s+HIDDEN|END\s+HIDDEN)\b", RegexOptions.IgnoreCase)]
    public static partial Regex MarkerLike();

    /// <summary>The lines of a cell's code, without line-end characters.</summary>
    public static string[] Lines(string code) => code.Replace("\r\n", "\n").Split('\n');
}
