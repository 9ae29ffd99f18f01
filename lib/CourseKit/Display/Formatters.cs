using CourseKit.Plots;
using CourseKit.Training;
using Microsoft.DotNet.Interactive.Formatting;

namespace CourseKit.Display;

/// <summary>The HTML formatters CourseKit registers in notebooks, one per result type.</summary>
internal static class Formatters
{
    static void Html<T>(Func<T, string> html) => Formatter.Register<T>((value, writer) => writer.Write(html(value)), HtmlFormatter.MimeType);

    /// <summary>A DataFrame as an HTML table (first 25 rows), numbers to 4 significant digits.</summary>
    internal static string DataFrameHtml(Microsoft.Data.Analysis.DataFrame df, int maxRows = 25)
    {
        static string Cell(object? v) => System.Net.WebUtility.HtmlEncode(v switch { null => "–", double d => d.ToString("g4"), float f => f.ToString("g4"), _ => v.ToString() ?? "" });
        var head = string.Concat(df.Columns.Select(c => $"<th>{System.Net.WebUtility.HtmlEncode(c.Name)}</th>"));
        var rows = string.Concat(Enumerable.Range(0, (int)Math.Min(df.Rows.Count, maxRows)).Select(r =>
            "<tr>" + string.Concat(df.Columns.Select(c => $"<td>{Cell(c[r])}</td>")) + "</tr>"));
        var more = df.Rows.Count > maxRows ? $"<caption>first {maxRows} of {df.Rows.Count} rows</caption>" : "";
        return $"<table>{more}<thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>";
    }

    internal static readonly List<Action> All =
    [
        () => Html<SetupInfo>(info => $"<code>{System.Net.WebUtility.HtmlEncode(info.ToString())}</code>"),
        () => Html<History>(h => h.ToHtml()),
        () => Html<ConfusionMatrix>(m => m.ToHtml()),
        () => Html<Figure>(f => f.ToHtml()),
        () => Html<InteractiveChart>(c => c.ToHtml()),
        () => Html<ScottPlot.Plot>(p => Figure.From(p).ToHtml()),
        () => Html<Microsoft.Data.Analysis.DataFrame>(df => DataFrameHtml(df)),
        () => Html<ResultRecord>(r => $"<b>{System.Net.WebUtility.HtmlEncode(r.Key)}</b> = {r.Value:g6} {System.Net.WebUtility.HtmlEncode(r.Unit)} <i>(recorded, {r.Profile} profile, {r.Device})</i>"),
    ];
}
