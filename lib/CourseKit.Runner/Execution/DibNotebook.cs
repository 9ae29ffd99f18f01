using Microsoft.DotNet.Interactive.Documents;

namespace CourseKit.Runner.Execution;

/// <summary>A .dib notebook parsed into numbered cells (Polyglot Notebooks' <c>#!meta</c> / <c>#!csharp</c> / <c>#!markdown</c> format).</summary>
public sealed class DibNotebook
{
    /// <summary>Kernels a CourseKit notebook may name; C# is the default.</summary>
    public static KernelInfoCollection KernelInfos => new()
    {
        new KernelInfo("csharp", "C#", ["c#", "C#"]),
        new KernelInfo("markdown", "Markdown", ["md"]),
    };

    DibNotebook(string path, string text, InteractiveDocument document)
    {
        Path = path;
        Text = text;
        Document = document;
        Cells = document.Elements.Select((e, i) => new NotebookCell(i + 1, e.KernelName ?? "csharp", e.Contents ?? "")).ToList();
    }

    /// <summary>The file this notebook was read from.</summary>
    public string Path { get; }

    /// <summary>The notebook's file name without extension, e.g. <c>01-neurons</c>.</summary>
    public string Name => System.IO.Path.GetFileNameWithoutExtension(Path);

    /// <summary>The .dib text as read.</summary>
    public string Text { get; }

    /// <summary>The parsed document (its elements are the cells, in order).</summary>
    public InteractiveDocument Document { get; }

    /// <summary>Every cell in file order, numbered from 1.</summary>
    public IReadOnlyList<NotebookCell> Cells { get; }

    /// <summary>Reads and parses a .dib file.</summary>
    public static DibNotebook Load(string path) => Parse(File.ReadAllText(path), path);

    /// <summary>Parses .dib text; <paramref name="path"/> only names it.</summary>
    public static DibNotebook Parse(string text, string path = "notebook.dib") => new(path, text, CodeSubmission.Parse(text, KernelInfos));
}
