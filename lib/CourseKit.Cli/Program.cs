using System.CommandLine;
using CourseKit.Cli.Commands;

// The coursekit command. Each subcommand lives in Commands/ and builds its own System.CommandLine Command.
var root = new RootCommand("CourseKit: run the course's notebooks headlessly, check the environment and data, make student versions, grade, benchmark.")
{
    DoctorCommand.Create(),
    RunCommand.Create(),
    RunWorkerCommand.Create(),
    StudentCommand.Create(),
    GradeCommand.Create(),
    DatasetsCommand.Create(),
    BenchCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
