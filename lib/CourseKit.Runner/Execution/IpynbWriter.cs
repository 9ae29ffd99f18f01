using Microsoft.DotNet.Interactive.Documents;
using Microsoft.DotNet.Interactive.Documents.Jupyter;

namespace CourseKit.Runner.Execution;

/// <summary>Writes an executed notebook as Jupyter .ipynb: every cell of the .dib, with the outputs its run produced.</summary>
public static class IpynbWriter
{
    /// <summary>The .ipynb JSON for <paramref name="notebook"/> with <paramref name="results"/> (cells without a result get no outputs).</summary>
    public static string ToJson(DibNotebook notebook, IEnumerable<CellResult> results)
    {
        var byNumber = results.ToDictionary(r => r.Cell.Number);
        var document = new InteractiveDocument();
        foreach (var (key, value) in notebook.Document.Metadata) document.Metadata[key] = value;
        var order = 0;
        foreach (var cell in notebook.Cells)
        {
            byNumber.TryGetValue(cell.Number, out var result);
            var element = new InteractiveDocumentElement(cell.Code, cell.KernelName, result?.Outputs ?? []);
            if (cell.IsCode && result is { Outcome: not CellOutcome.NotRun })
            {
                element.ExecutionOrder = ++order;
                foreach (var value in element.Outputs.OfType<ReturnValueElement>()) value.ExecutionOrder = order;
            }
            document.Add(element);
        }
        return Notebook.ToJupyterJson(document, "C#");
    }

    /// <summary>Writes the .ipynb to <paramref name="path"/> atomically (a crash never leaves half a file), creating its folder.</summary>
    public static void Write(string path, DibNotebook notebook, IEnumerable<CellResult> results)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, ToJson(notebook, results));
        File.Move(temporary, path, overwrite: true);
    }
}
