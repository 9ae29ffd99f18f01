using System.CommandLine;
using CourseKit.Benchmarks;
using CourseKit.Data;

namespace CourseKit.Cli.Commands;

/// <summary><c>coursekit bench</c>: every performance figure in one table (and JSON); <c>bench data</c> for the data path alone.</summary>
public static class BenchCommand
{
    public static Command Create()
    {
        var json = new Option<FileInfo?>("--json") { Description = "Also write the figures as JSON to this file." };
        var threads = new Option<int?>("--threads") { Description = "Threads for the whole bench (default: COURSEKIT_THREADS or the setup's choice)." };
        var samples = new Option<int>("--samples") { Description = "Training images for the overhead and throughput runs.", DefaultValueFactory = _ => 10000 };
        var repeats = new Option<int>("--repeats") { Description = "A B pairs (Trainer, hand loop) per model.", DefaultValueFactory = _ => 5 };
        var command = new Command("bench", "Measure the Trainer against a hand loop, CNN throughput against matrix multiply, memory over epochs, data loading and threads.")
            { json, threads, samples, repeats };
        command.Subcommands.Add(Data());
        command.SetAction(parse =>
        {
            if (parse.GetValue(threads) is int t)
            {
                if (t < 1) { Console.Error.WriteLine("bench: --threads must be at least 1."); return 2; }
                Environment.SetEnvironmentVariable(Settings.ThreadsVariable, t.ToString());
            }
            try
            {
                Setup.Init();
                var report = CourseBench.Run(new BenchOptions(Samples: parse.GetValue(samples), Repeats: parse.GetValue(repeats)), line => Console.WriteLine($"  … {line}"));
                Console.WriteLine();
                Console.WriteLine(report.ToMarkdown());
                if (parse.GetValue(json) is FileInfo file)
                {
                    File.WriteAllText(file.FullName, report.ToJson());
                    Console.WriteLine($"JSON written to {file.FullName}");
                }
                return 0;
            }
            catch (Exception e) when (e is DatasetException or ArgumentException)
            {
                Console.Error.WriteLine($"bench: {e.Message}");
                return 1;
            }
        });
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
