using System.CommandLine;
using CourseKit.Runner.Exercises;
using CourseKit.Runner.Running;

namespace CourseKit.Cli.Commands;

/// <summary><c>coursekit student</c>: writes student versions of notebooks (solutions stubbed, hidden checks removed).</summary>
public static class StudentCommand
{
    public static Command Create()
    {
        var sources = new Argument<string[]>("SRC") { Description = ".dib notebooks or folders holding them (their _*.dib includes are copied).", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out") { Description = "Folder for the student versions, e.g. dist/student.", Required = true };
        var command = new Command("student", "Write student versions: solutions replaced by stubs, hidden checks removed. Sources are not modified.") { sources, output };
        command.SetAction(parse =>
        {
            try
            {
                var result = StudentVersion.Write(parse.GetValue(sources)!, parse.GetValue(output)!);
                foreach (var path in result.Notebooks) Console.WriteLine($"wrote {Path.GetRelativePath(Environment.CurrentDirectory, path)}");
                if (result.Includes.Count > 0) Console.WriteLine($"copied {string.Join(", ", result.Includes.Select(Path.GetFileName))}");
                if (result.PathsRewritten > 0) Console.WriteLine($"rewrote {result.PathsRewritten} relative path(s) so the copies reach lib/ and datasets/ from {parse.GetValue(output)}");
                return 0;
            }
            catch (Exception e) when (e is MarkerException or NotebookPathException or ArgumentException)
            {
                Console.Error.WriteLine($"student: {e.Message}");
                return 2;
            }
        });
        return command;
    }
}
