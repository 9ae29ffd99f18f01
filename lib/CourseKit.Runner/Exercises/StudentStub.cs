using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CourseKit.Runner.Exercises;

/// <summary>The student copy of a cell: solution regions become a <c>throw new NotImplementedException(...)</c> stub at the
/// region's indentation, hidden checks disappear. A stub is a statement, so a region must hold whole statements inside a
/// method, local function, lambda or accessor body; <see cref="LayoutProblems"/> refuses other layouts.</summary>
public static class StudentStub
{
    /// <summary>The stub statement for exercise <paramref name="id"/>, e.g. <c>throw new NotImplementedException("Exercise 0.1 (...): ...");</c>.</summary>
    public static string Statement(string id, string title)
    {
        var name = title.Length > 0 ? $"Exercise {id} ({title})" : $"Exercise {id}";
        var text = $"{name} is not done yet: replace this line with your solution, then run the CHECK {id} cell.";
        return $"throw new NotImplementedException(\"{text.Replace("\\", "\\\\").Replace("\"", "\\\"")}\");";
    }

    /// <summary>An exercise cell with each solution region (markers included) replaced by the stub.</summary>
    public static string ExerciseCell(string code, string id, string title)
    {
        var output = new List<string>();
        var inside = false;
        foreach (var line in Markers.Lines(code))
        {
            var trimmed = line.Trim();
            if (trimmed == Markers.BeginSolution)
            {
                inside = true;
                output.Add(line[..(line.Length - line.TrimStart().Length)] + Statement(id, title));
            }
            else if (trimmed == Markers.EndSolution) inside = false;
            else if (!inside) output.Add(line);
        }
        return string.Join("\n", output);
    }

    /// <summary>A check cell without its hidden checks (markers included).</summary>
    public static string CheckCell(string code)
    {
        var output = new List<string>();
        var inside = false;
        foreach (var line in Markers.Lines(code))
        {
            var trimmed = line.Trim();
            if (trimmed == Markers.BeginHidden) inside = true;
            else if (trimmed == Markers.EndHidden) inside = false;
            else if (!inside) output.Add(line);
        }
        return string.Join("\n", output);
    }

    /// <summary>Why the stub of this exercise cell could not stand where its solution region is (line numbers within the cell);
    /// empty when every stub is a statement inside a member body and the student cell parses as well as the original.</summary>
    public static IReadOnlyList<(int Line, string Message)> LayoutProblems(string code, string id, string title)
    {
        var problems = new List<(int, string)>();
        var original = Parse(code);
        var student = Parse(ExerciseCell(code, id, title));
        var before = original.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
        var after = student.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);

        // Line of each BEGIN SOLUTION in the original, in order, and the matching stub line in the student copy.
        var lines = Markers.Lines(code);
        var begins = Enumerable.Range(0, lines.Length).Where(i => lines[i].Trim() == Markers.BeginSolution).ToList();
        var removed = 0;
        var inside = false;
        var stubLines = new List<int>();
        for (var i = 0; i < lines.Length; i++)
        {
            var t = lines[i].Trim();
            if (t == Markers.BeginSolution) { stubLines.Add(i - removed); inside = true; }
            else if (t == Markers.EndSolution) { inside = false; removed++; }
            else if (inside) removed++;
        }

        var text = student.GetText();
        for (var k = 0; k < stubLines.Count; k++)
        {
            var span = text.Lines[stubLines[k]];
            var token = student.GetRoot().FindToken(span.Start + (span.ToString().Length - span.ToString().TrimStart().Length));
            var statement = token.Parent as ThrowStatementSyntax;
            var where = begins[k] + 1;
            if (statement is null || after > before)
            {
                problems.Add((where, $"the student stub ('throw ...;') cannot compile where this solution region is: a region must hold whole statements inside a block body {{ ... }}, not part of an expression or an expression-bodied member (=>). Widen the region to the whole statement, or give the member a block body."));
                continue;
            }
            var inBody = statement.Ancestors().TakeWhile(a => a is not GlobalStatementSyntax and not CompilationUnitSyntax)
                .Any(a => a is BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax or AccessorDeclarationSyntax);
            if (!inBody)
                problems.Add((where, "this solution region is at the top level of the cell: its stub would throw when the exercise cell runs, not at its check. Put the solution inside a method, local function or lambda body that the CHECK cell calls."));
        }
        return problems;
    }

    static SyntaxTree Parse(string code)
    {
        // Magic commands (#!...) are not C#; blank them, keeping line numbers.
        var lines = Markers.Lines(code).Select(l => l.TrimStart().StartsWith("#!") ? "" : l);
        return CSharpSyntaxTree.ParseText(string.Join("\n", lines), new CSharpParseOptions(LanguageVersion.Latest, kind: SourceCodeKind.Script));
    }
}
