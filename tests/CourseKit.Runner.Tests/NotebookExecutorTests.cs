using CourseKit.Runner.Execution;
using Microsoft.DotNet.Interactive.Documents;

namespace CourseKit.Runner.Tests;

/// <summary>The in-process executor that grading will reuse: every cell's outcome, even past a failure.</summary>
public sealed class NotebookExecutorTests
{
    [Fact]
    public async Task Outcomes_tell_compile_errors_from_exceptions_and_keep_outputs()
    {
        var notebook = DibNotebook.Parse(TestNotebooks.Dib(
            "md: prose",
            "Console.WriteLine(\"out\"); 6 * 7",
            "undefinedName",
            "throw new ArgumentException(\"bad\");",
            "1 + 1"));
        using var executor = new NotebookExecutor();
        var results = await executor.ExecuteAsync(notebook.Cells, new ExecutionOptions { StopAtFirstFailure = false, CellTimeout = TimeSpan.FromSeconds(60) });

        Assert.Equal([CellOutcome.Skipped, CellOutcome.Succeeded, CellOutcome.CompileError, CellOutcome.Exception, CellOutcome.Succeeded], results.Select(r => r.Outcome));
        Assert.Contains(results[1].Outputs, o => o is TextElement { Text: "out\n" });
        Assert.Contains(results[1].Outputs, o => o is ReturnValueElement);
        Assert.Contains("CS0103", results[2].Error);
        Assert.StartsWith("System.ArgumentException: bad", results[3].Error);
        Assert.Contains(results[3].Outputs, o => o is ErrorElement);
    }
}
