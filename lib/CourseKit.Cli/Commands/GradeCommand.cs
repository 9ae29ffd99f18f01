using System.CommandLine;
using CourseKit.Runner.Exercises;

namespace CourseKit.Cli.Commands;

/// <summary><c>coursekit grade</c>: scores a submission (or a folder of them) against the instructor's notebook.</summary>
public static class GradeCommand
{
    public static Command Create()
    {
        var submission = new Argument<string>("SUBMISSION") { Description = "A submitted .dib, or a folder of them (one CSV row per file)." };
        var source = new Option<string>("--source") { Description = "The instructor's notebook (with solutions and hidden checks).", Required = true };
        var json = new Option<string?>("--json") { Description = "Write the grade of one submission as JSON to this file." };
        var csv = new Option<string?>("--csv") { Description = "Write a folder's grades as CSV to this file (default: print it)." };
        var timeout = new Option<double>("--cell-timeout") { Description = "Seconds one cell may run; a submission's cell that runs longer scores its exercise 0.", DefaultValueFactory = _ => 120 };
        var command = new Command("grade", "Grade submissions: the instructor's notebook runs with the submission's exercise cells; an exercise scores when all its CHECK cells complete.") { submission, source, json, csv, timeout };
        command.SetAction(async (parse, cancel) =>
        {
            var options = new GradeOptions { CellTimeout = TimeSpan.FromSeconds(parse.GetValue(timeout)) };
            var path = parse.GetValue(submission)!;
            try
            {
                if (Directory.Exists(path))
                {
                    var files = Directory.GetFiles(path, "*.dib").Where(f => !Path.GetFileName(f).StartsWith('_')).Order(StringComparer.Ordinal).ToList();
                    var reports = new List<GradeReport>();
                    foreach (var file in files)
                    {
                        var report = await Grader.GradeAsync(file, parse.GetValue(source)!, options, cancel);
                        Console.Error.WriteLine($"{report.Submission}: {report.Total}/{report.Max} in {report.Seconds:0.0} s");
                        reports.Add(report);
                    }
                    var text = GradeReport.ToCsv(reports);
                    if (parse.GetValue(csv) is { } csvPath) File.WriteAllText(csvPath, text);
                    else Console.Write(text);
                    return 0;
                }
                if (!File.Exists(path)) { Console.Error.WriteLine($"grade: {path}: no such file or folder."); return 2; }
                var one = await Grader.GradeAsync(path, parse.GetValue(source)!, options, cancel);
                Console.Write(one.ToTable());
                if (parse.GetValue(json) is { } jsonPath) File.WriteAllText(jsonPath, one.ToJson());
                return 0;
            }
            catch (Exception e) when (e is MarkerException or FileNotFoundException)
            {
                Console.Error.WriteLine($"grade: the instructor's notebook cannot be used: {e.Message}");
                return 2;
            }
        });
        return command;
    }
}
