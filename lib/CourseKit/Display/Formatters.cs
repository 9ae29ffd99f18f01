using Microsoft.DotNet.Interactive.Formatting;

namespace CourseKit.Display;

/// <summary>The HTML formatters CourseKit registers in notebooks, one per result type.</summary>
internal static class Formatters
{
    internal static readonly List<Action> All =
    [
        () => Formatter.Register<SetupInfo>((info, w) => w.Write($"<code>{System.Net.WebUtility.HtmlEncode(info.ToString())}</code>"), HtmlFormatter.MimeType),
    ];
}
