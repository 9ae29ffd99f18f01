using CourseKit.Runner.Execution;
using CourseKit.Runner.Running;

namespace CourseKit.Runner.Tests;

public sealed class WorkerMessageTests
{
    [Fact]
    public void Progress_lines_round_trip_and_survive_raw_output_before_them()
    {
        var line = new WorkerMessage(WorkerMessage.Finished, 3, "x();", CellOutcome.CompileError, 1.5, "CS0103").ToLine();
        Assert.Equal(CellOutcome.CompileError, WorkerMessage.TryParse(line)!.Outcome);
        Assert.Equal(3, WorkerMessage.TryParse("partial native output" + line)!.Cell);
        Assert.Null(WorkerMessage.TryParse("Process terminated."));
    }
}
