using System.Diagnostics;
using CourseKit.Display;

namespace CourseKit.Training;

/// <summary>Shows training progress: one bar replaced in place inside a notebook, sparse plain lines in a console or headless run.</summary>
internal sealed class TrainingProgress
{
    readonly int epochs;
    readonly LiveOutput? live;
    readonly Stopwatch clock = Stopwatch.StartNew();
    TimeSpan lastDraw = TimeSpan.Zero, lastLine = TimeSpan.Zero;
    string last = "";

    TrainingProgress(int epochs, LiveOutput? live) => (this.epochs, this.live) = (epochs, live);

    internal static TrainingProgress Create(int epochs) =>
        new(epochs, Notebook.Show(new Microsoft.AspNetCore.Html.HtmlString(Bar(0, epochs, "starting…"))));

    internal void Batch(int epoch, int batch, double loss)
    {
        if (live is null || clock.Elapsed - lastDraw < TimeSpan.FromMilliseconds(500)) return;
        lastDraw = clock.Elapsed;
        live.Update(new Microsoft.AspNetCore.Html.HtmlString(Bar((epoch - 1) / (double)epochs, epochs, $"epoch {epoch}/{epochs} · batch {batch} · loss {loss:0.0000}{last}")));
    }

    internal void Epoch(EpochResult r)
    {
        last = $" · last epoch: loss {r.TrainLoss:0.0000}" + (r.ValidationAccuracy is double a ? $", val acc {a:0.0%}" : "");
        if (live is not null)
        {
            live.Update(new Microsoft.AspNetCore.Html.HtmlString(Bar(r.Epoch / (double)epochs, epochs, $"epoch {r.Epoch}/{epochs} done{last}")));
            return;
        }
        // In a console: a line for the first and last epoch, and otherwise at most one every 5 seconds.
        if (r.Epoch == 1 || r.Epoch == epochs || clock.Elapsed - lastLine > TimeSpan.FromSeconds(5))
        {
            lastLine = clock.Elapsed;
            Console.WriteLine($"epoch {r.Epoch}/{epochs}: train loss {r.TrainLoss:0.0000}" +
                (r.TrainAccuracy is double t ? $", train acc {t:0.0%}" : "") +
                (r.ValidationLoss is double v ? $", val loss {v:0.0000}" : "") +
                (r.ValidationAccuracy is double va ? $", val acc {va:0.0%}" : "") + $" ({r.Seconds:0.0} s)");
        }
    }

    internal void Done(History h) =>
        live?.Update(new Microsoft.AspNetCore.Html.HtmlString(Bar(1, epochs, $"done: {h.Epochs.Count} epochs in {h.Seconds:0.0} s{(h.StoppedEarly ? " (stopped early)" : "")}{last}")));

    static string Bar(double fraction, int epochs, string text) =>
        $"<div style=\"font-family:monospace\"><progress value=\"{fraction:0.###}\" max=\"1\" style=\"width:300px\"></progress> {System.Net.WebUtility.HtmlEncode(text)}</div>";
}
