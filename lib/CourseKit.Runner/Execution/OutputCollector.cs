using Microsoft.DotNet.Interactive.Documents;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;

namespace CourseKit.Runner.Execution;

/// <summary>Turns kernel events into notebook outputs for the cell being run; a displayed value that is updated
/// later is replaced where it was first shown, even in an earlier cell.</summary>
sealed class OutputCollector : IObserver<KernelEvent>
{
    readonly object gate = new();
    readonly Dictionary<string, (List<InteractiveDocumentOutputElement> Outputs, int Index)> displayed = new();
    List<InteractiveDocumentOutputElement>? current;

    /// <summary>Starts collecting into a new list for the next cell.</summary>
    public List<InteractiveDocumentOutputElement> BeginCell()
    {
        lock (gate) return current = [];
    }

    /// <summary>Stops collecting; events until the next cell are dropped (except updates of earlier displays).</summary>
    public IReadOnlyList<InteractiveDocumentOutputElement> EndCell()
    {
        lock (gate)
        {
            var outputs = current ?? [];
            current = null;
            return outputs.ToList();
        }
    }

    /// <summary>Appends an element (e.g. the error of a failed cell) to the current cell.</summary>
    public void Add(InteractiveDocumentOutputElement element)
    {
        lock (gate) current?.Add(element);
    }

    public void OnNext(KernelEvent e)
    {
        lock (gate)
        {
            switch (e)
            {
                case StandardOutputValueProduced o: AppendText(o, "stdout"); break;
                case StandardErrorValueProduced o: AppendText(o, "stderr"); break;
                case ReturnValueProduced r when current is not null:
                    var element = new ReturnValueElement();
                    foreach (var (mime, value) in Data(r.FormattedValues)) element.Data[mime] = value;
                    current.Add(element);
                    break;
                case DisplayedValueUpdated u when u.ValueId is not null && displayed.TryGetValue(u.ValueId, out var at):
                    at.Outputs[at.Index] = new DisplayElement(Data(u.FormattedValues));
                    break;
                case DisplayEvent d and (DisplayedValueProduced or DisplayedValueUpdated) when current is not null:
                    if (d.ValueId is not null) displayed[d.ValueId] = (current, current.Count);
                    current.Add(new DisplayElement(Data(d.FormattedValues)));
                    break;
            }
        }
    }

    public void OnCompleted() { }

    public void OnError(Exception error) { }

    void AppendText(DisplayEvent e, string stream)
    {
        if (current is null) return;
        var text = string.Concat(e.FormattedValues.Where(v => v.MimeType == PlainTextFormatter.MimeType).Select(v => v.Value));
        if (current.Count > 0 && current[^1] is TextElement last && last.Name == stream)
            current[^1] = new TextElement(last.Text + text, stream);
        else
            current.Add(new TextElement(text, stream));
    }

    static Dictionary<string, object> Data(IEnumerable<FormattedValue> values) =>
        values.Where(v => !v.SuppressDisplay).GroupBy(v => v.MimeType).ToDictionary(g => g.Key, g => (object)g.First().Value);
}
