using System.Text;
using System.Text.RegularExpressions;

namespace CourseKit.Runner.Execution;

/// <summary>Writes cells back as .dib text, keeping the source notebook's <c>#!meta</c> header, so that changed copies
/// (student versions, notebooks assembled for grading) open and run like the original.</summary>
public static partial class DibWriter
{
    /// <summary>The .dib text of <paramref name="cells"/> under <paramref name="source"/>'s header.</summary>
    public static string ToText(DibNotebook source, IEnumerable<NotebookCell> cells)
    {
        var first = CellHeader().Match(source.Text);
        var text = new StringBuilder((first.Success ? source.Text[..first.Index] : "").TrimEnd()).Append('\n');
        foreach (var cell in cells)
            text.Append($"\n#!{cell.KernelName}\n\n{cell.Code.Trim('\n', '\r')}\n");
        return text.ToString().TrimStart('\n');
    }

    [GeneratedRegex(@"^#!(csharp|c#|C#|markdown|md)\s*$", RegexOptions.Multiline)]
    private static partial Regex CellHeader();
}
