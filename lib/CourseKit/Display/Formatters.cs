using CourseKit.Plots;
using CourseKit.Training;
using Microsoft.DotNet.Interactive.Formatting;

namespace CourseKit.Display;

/// <summary>The HTML formatters CourseKit registers in notebooks, one per result type.</summary>
internal static class Formatters
{
    static void Html<T>(Func<T, string> html) => Formatter.Register<T>((value, writer) => writer.Write(html(value)), HtmlFormatter.MimeType);

    internal static readonly List<Action> All =
    [
        () => Html<SetupInfo>(info => $"<code>{System.Net.WebUtility.HtmlEncode(info.ToString())}</code>"),
        () => Html<History>(h => h.ToHtml()),
        () => Html<ConfusionMatrix>(m => m.ToHtml()),
        () => Html<Figure>(f => f.ToHtml()),
        () => Html<ScottPlot.Plot>(p => Figure.From(p).ToHtml()),
        () => Html<ResultRecord>(r => $"<b>{System.Net.WebUtility.HtmlEncode(r.Key)}</b> = {r.Value:g6} {System.Net.WebUtility.HtmlEncode(r.Unit)} <i>(recorded, {r.Profile} profile, {r.Device})</i>"),
    ];
}
