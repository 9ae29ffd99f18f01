using CourseKit.Runner.Execution;
using CourseKit.Runner.Running;

namespace CourseKit.Runner.Tests;

public sealed class NotebookPathsTests
{
    [Fact]
    public void A_folder_gives_its_notebooks_in_name_order_without_shared_includes()
    {
        var folder = TestNotebooks.NewFolder();
        try
        {
            foreach (var name in new[] { "10-b.dib", "02-a.dib", "_setup.dib", "readme.md" }) File.WriteAllText(Path.Combine(folder, name), "");
            var found = NotebookPaths.Resolve([folder]).Select(Path.GetFileName);
            Assert.Equal(["02-a.dib", "10-b.dib"], found);
        }
        finally { Directory.Delete(folder, recursive: true); }
    }

    [Fact]
    public void Cells_are_numbered_from_one_with_prose_included()
    {
        var notebook = DibNotebook.Parse(TestNotebooks.Dib("md: # Title", "var a = 1;\nvar b = 2;", "md: more"));
        Assert.Equal([1, 2, 3], notebook.Cells.Select(c => c.Number));
        Assert.Equal([false, true, false], notebook.Cells.Select(c => c.IsCode));
        Assert.Equal("var a = 1;", notebook.Cells[1].FirstLine);
    }
}
