using System.Text;

namespace CourseKit.Data;

/// <summary>Reads a file in the format of Debian's <c>fortunes</c> package: entries separated by lines holding a single <c>%</c>.
/// Terminal overstrikes (a character, backspace, another character) are resolved to the last character, as a terminal shows them.</summary>
public static class FortuneFile
{
    /// <summary>The entries of a shipped fortune file (path relative to datasets/), checked against the manifest.</summary>
    public static IReadOnlyList<string> ReadShipped(string relativePath) => Read(DatasetVerifier.Require(relativePath));

    /// <summary>The entries of a fortune file, trimmed, empty ones dropped.</summary>
    public static IReadOnlyList<string> Read(string path)
    {
        if (!File.Exists(path)) throw new DatasetException($"{path} does not exist.");
        var text = ResolveOverstrikes(File.ReadAllText(path, Encoding.UTF8).Replace("\r\n", "\n"));
        var entries = new List<string>();
        var current = new StringBuilder();
        foreach (var line in text.Split('\n'))
        {
            if (line == "%")
            {
                Flush();
                continue;
            }
            current.Append(line).Append('\n');
        }
        Flush();
        return entries;

        void Flush()
        {
            var entry = current.ToString().Trim('\n', ' ');
            if (entry.Trim().Length > 0) entries.Add(entry);
            current.Clear();
        }
    }

    /// <summary>Removes backspace overstrikes: each backspace deletes the character before it.</summary>
    public static string ResolveOverstrikes(string text)
    {
        if (!text.Contains('\b')) return text;
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            if (ch == '\b') { if (sb.Length > 0) sb.Length--; }
            else sb.Append(ch);
        }
        return sb.ToString();
    }
}
