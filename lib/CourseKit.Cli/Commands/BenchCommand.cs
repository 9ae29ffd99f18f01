using System.CommandLine;
using CourseKit.Data;

namespace CourseKit.Cli.Commands;

/// <summary><c>coursekit bench</c>: performance measurements, one subcommand per area (<c>data</c> for now).</summary>
public static class BenchCommand
{
    public static Command Create()
    {
        var command = new Command("bench", "Measure performance on this machine; one subcommand per area.");
        command.Subcommands.Add(Data());
        return command;
    }

    static Command Data()
    {
        var batch = new Option<int>("--batch-size") { Description = "Batch size for the DataLoader figure.", DefaultValueFactory = _ => 128 };
        var command = new Command("data", "Seconds to verify and load Fashion-MNIST (subset, and the full set when present) into tensors; DataLoader batches per second.") { batch };
        command.SetAction(parse =>
        {
            try
            {
                Setup.Init();
                DataBench.Run(f => Console.WriteLine(double.IsNaN(f.Value)
                    ? $"{f.Name,-55} {f.Note}"
                    : $"{f.Name,-55} {f.Value,10:0.000} {f.Unit,-10} {f.Note}"), parse.GetValue(batch));
                return 0;
            }
            catch (DatasetException e)
            {
                Console.Error.WriteLine($"bench data: {e.Message}");
                return 1;
            }
        });
        return command;
    }
}
