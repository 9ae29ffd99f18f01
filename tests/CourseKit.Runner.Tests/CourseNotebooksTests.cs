using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace CourseKit.Runner.Tests;

/// <summary>The course itself: every notebook in notebooks/ is well-formed, and all of them run headlessly in the smoke profile.</summary>
public class CourseNotebooksTests
{
    static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CourseKit.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("CourseKit.sln not found above the test folder.");
    }

    static string NotebooksFolder => Path.Combine(RepoRoot(), "notebooks");

    public static TheoryData<string> Notebooks()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(NotebooksFolder, "*.dib").Order()) data.Add(Path.GetFileName(f));
        return data;
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Notebook_is_well_formed(string file)
    {
        var text = File.ReadAllText(Path.Combine(NotebooksFolder, file));
        Assert.StartsWith("#!meta", text);
        var cells = Regex.Split(text, @"^#!(?=csharp|markdown)", RegexOptions.Multiline).Skip(1).ToList();
        var code = cells.Where(c => c.StartsWith("csharp")).Select(c => c["csharp".Length..].Trim()).ToList();
        if (!file.StartsWith('_'))
            Assert.True(code.FirstOrDefault() == "#!import _setup.dib", $"{file}: the first code cell must be exactly '#!import _setup.dib'.");
        foreach (var (begin, end) in new[] { ("// BEGIN SOLUTION", "// END SOLUTION"), ("// BEGIN HIDDEN CHECKS", "// END HIDDEN CHECKS") })
            Assert.True(Regex.Matches(text, Regex.Escape(begin)).Count == Regex.Matches(text, Regex.Escape(end)).Count, $"{file}: unbalanced '{begin}' / '{end}'.");
        foreach (var c in code)
        {
            Assert.False(Regex.IsMatch(c, @"[""'](/(home|root|tmp|usr|opt|work)/|[A-Za-z]:\\)"), $"{file}: absolute path in a code cell:\n{c}");
            Assert.False(Regex.IsMatch(c, @"https?://"), $"{file}: a code cell names a network URL; data must come from datasets/:\n{c}");
        }
    }

    [Fact]
    public void Nuget_versions_in_notebooks_match_the_central_pins()
    {
        var pins = XDocument.Load(Path.Combine(RepoRoot(), "Directory.Packages.props")).Descendants("PackageVersion")
            .ToDictionary(e => (string)e.Attribute("Include")!, e => (string)e.Attribute("Version")!, StringComparer.OrdinalIgnoreCase);
        foreach (var file in Directory.GetFiles(NotebooksFolder, "*.dib"))
            foreach (Match m in Regex.Matches(File.ReadAllText(file), @"#r ""nuget:\s*([^,""]+),\s*([^""]+)"""))
            {
                var (name, version) = (m.Groups[1].Value.Trim(), m.Groups[2].Value.Trim());
                Assert.True(pins.TryGetValue(name, out var pinned), $"{Path.GetFileName(file)}: {name} is not pinned in Directory.Packages.props.");
                Assert.True(pinned == version, $"{Path.GetFileName(file)}: {name} {version}, but Directory.Packages.props pins {pinned}.");
            }
    }

    [Fact]
    public async Task Every_notebook_runs_in_the_smoke_profile()
    {
        var output = Directory.CreateTempSubdirectory("coursekit-course-").FullName;
        try
        {
            var result = await TestNotebooks.Cli(RepoRoot(), TimeSpan.FromMinutes(20), "run", "notebooks", "--profile", "smoke", "--out", output, "--cell-timeout", "300");
            Console.WriteLine(result.Stdout);
            var count = Directory.GetFiles(NotebooksFolder, "*.dib").Count(f => !Path.GetFileName(f).StartsWith('_'));
            Assert.True(result.ExitCode == 0, $"the course failed:\n{result.Stdout}\n{result.Stderr}");
            Assert.EndsWith($"{count} passed, 0 failed", result.Stdout.TrimEnd());
            var run = JsonNode.Parse(File.ReadAllText(Path.Combine(output, "run.json")))!["notebooks"]!.AsArray();
            foreach (var nb in run)
                Assert.True((double)nb!["seconds"]! < 90, $"{nb["notebook"]} took {nb["seconds"]} s in the smoke profile (budget 90 s).");
        }
        finally { Directory.Delete(output, recursive: true); }
    }
}
