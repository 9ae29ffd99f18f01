using System.Text;
using CourseKit.Runner.Execution;

namespace CourseKit.Runner.Running;

/// <summary>The worker side of <c>coursekit run</c>: runs one notebook in this process, streams
/// <see cref="WorkerMessage"/>s to the parent and rewrites the .ipynb after every cell, so that a crash still leaves
/// the outputs so far. Exit code 0 when every cell passed, 1 when one failed.</summary>
public static class NotebookWorker
{
    /// <summary>Runs <paramref name="notebookPath"/>, writing progress lines to <paramref name="progress"/> (the raw stdout
    /// stream: <see cref="Console.Out"/> is captured by the kernel while cells run). With <paramref name="keepGoing"/> every cell runs even after failures (grading); with <paramref name="nonce"/> every
    /// progress line carries it.</summary>
    public static async Task<int> RunAsync(string notebookPath, string ipynbPath, TimeSpan cellTimeout, Stream progress, bool keepGoing = false, string? nonce = null)
    {
        var writer = new StreamWriter(progress, new UTF8Encoding(false)) { AutoFlush = true };
        var gate = new object();
        void Send(WorkerMessage message) { lock (gate) writer.WriteLine(message.ToLine(nonce)); }

        var notebook = DibNotebook.Load(notebookPath);
        var results = new List<CellResult>();
        using var executor = new NotebookExecutor();
        await executor.ExecuteAsync(notebook.Cells, new ExecutionOptions
        {
            CellTimeout = cellTimeout,
            StopAtFirstFailure = !keepGoing,
            CellStarted = cell => Send(new WorkerMessage(WorkerMessage.Started, cell.Number, cell.FirstLine)),
            CellFinished = result =>
            {
                results.Add(result);
                if (result.Outcome is CellOutcome.Succeeded || result.Failed) IpynbWriter.Write(ipynbPath, notebook, results);
                Send(new WorkerMessage(WorkerMessage.Finished, result.Cell.Number, result.Cell.FirstLine, result.Outcome, result.Seconds, result.Error));
            },
        });
        IpynbWriter.Write(ipynbPath, notebook, results);
        Send(new WorkerMessage(WorkerMessage.Done));
        return results.Any(r => r.Failed) ? 1 : 0;
    }
}
