using CourseKit.Runner.Execution;
using CourseKit.Runner.Exercises;

namespace CourseKit.Runner.Tests;

/// <summary>Exercise markers: parsing, every kind of malformed marker reported with cell and line, and student stubs.</summary>
public sealed class ExerciseMarkerTests
{
    static ExerciseNotebook Parse(params string[] cells) => MarkerParser.Parse(DibNotebook.Parse(TestNotebooks.Dib(cells), "t.dib"));

    const string Good1 = "// EXERCISE 1.1 (2 points): double it\nint Double(int x)\n{\n    // BEGIN SOLUTION\n    return 2 * x;\n    // END SOLUTION\n}";
    const string Check1 = "// CHECK 1.1\n// BEGIN HIDDEN CHECKS\nCheck.Equal(Double(21), 42);\n// END HIDDEN CHECKS\nCheck.Equal(Double(2), 4)";

    [Fact]
    public void Well_formed_markers_give_exercises_points_titles_and_check_cells()
    {
        var nb = Parse("md: # T\n// EXERCISE 9.9 (1 point) in prose is ignored", "var a = 1;", Good1, Check1,
            "// EXERCISE x-2 (1 point)\nvoid F()\n{\n    // BEGIN SOLUTION\n    a++;\n    // END SOLUTION\n}", "// CHECK x-2\nF();", "// CHECK 1.1\nCheck.True(true)");
        Assert.Empty(nb.Problems);
        Assert.Equal(["1.1", "x-2"], nb.Exercises.Select(e => e.Id));
        Assert.Equal((2, "double it", 3), (nb.Exercises[0].Points, nb.Exercises[0].Title, nb.Exercises[0].Cell));
        Assert.Equal([4, 7], nb.Exercises[0].CheckCells);
        Assert.Equal((1, ""), (nb.Exercises[1].Points, nb.Exercises[1].Title));
        Assert.Equal(3, nb.MaxPoints);
    }

    [Theory]
    [InlineData("// EXERCISE 1.1 (2 points)\nint F()\n{\n    // BEGIN SOLUTION\n    return 1;\n}", "cell 2 line 4: '// BEGIN SOLUTION' is never closed")]
    [InlineData("// EXERCISE 1.1 (2 points)\nint F()\n{\n    return 1;\n    // END SOLUTION\n}", "cell 2 line 5: '// END SOLUTION' without a '// BEGIN SOLUTION'")]
    [InlineData("// EXERCISE 1.1 (2 points)\nint F()\n{\n    // BEGIN SOLUTION\n    // BEGIN SOLUTION\n    return 1;\n    // END SOLUTION\n}", "cell 2 line 5: '// BEGIN SOLUTION' inside the region opened by '// BEGIN SOLUTION' on line 4")]
    [InlineData("// EXERCISE 1.1 (two points)\nint F() { return 1; }", "cell 2 line 1: malformed exercise line")]
    [InlineData("var x = 1;\n// EXERCISE 1.1 (1 point)", "cell 2 line 2: '// EXERCISE 1.1 (1 point)' must be the first line of its cell")]
    [InlineData("// EXERCISE 1.1 (1 point)\nint F() => 1;", "cell 2 line 1: an exercise cell needs a '// BEGIN SOLUTION'")]
    [InlineData("// EXERCISE 1.1 (1 point)\n// BEGIN SOLUTION\nvar y = 2;\n// END SOLUTION", "cell 2 line 2: this solution region is at the top level of the cell")]
    [InlineData("// EXERCISE 1.1 (1 point)\nint F() =>\n    // BEGIN SOLUTION\n    1 + 1\n    // END SOLUTION\n    ;", "cell 2 line 3: the student stub ('throw ...;') cannot compile where this solution region is")]
    [InlineData("// EXERCISE 1.1 (1 point)\nint F()\n{\n    //END SOLUTION\n}", "cell 2 line 4: '//END SOLUTION' looks like a marker but is not one")]
    public void Malformed_exercise_cells_are_reported_with_cell_and_line(string exerciseCell, string expected)
    {
        var nb = Parse("var a = 1;", exerciseCell, "// CHECK 1.1\nCheck.True(true)");
        Assert.Contains(nb.Problems, p => p.ToString().StartsWith("t.dib " + expected.Split(':')[0]) && p.ToString().Contains(expected.Split(": ", 2)[1]));
        Assert.Throws<MarkerException>(() => nb.ThrowIfInvalid());
    }

    [Fact]
    public void Ids_checks_and_hidden_regions_are_validated_across_cells()
    {
        var nb = Parse(
            "// BEGIN SOLUTION\nvar s = 1;\n// END SOLUTION",      // 1: solution outside an exercise cell
            Good1,                                                 // 2
            Good1,                                                 // 3: duplicate id
            "// CHECK 7.7\nCheck.True(true)",                      // 4: no such exercise
            "// BEGIN HIDDEN CHECKS\nvar h = 1;\n// END HIDDEN CHECKS", // 5: hidden checks outside a check cell
            "// EXERCISE 2.1 (1 point)\nvoid G()\n{\n    // BEGIN SOLUTION\n    // END SOLUTION\n}", // 6: no check cell
            "// CHECK 1.1\n// BEGIN HIDDEN CHECKS\nCheck.True(true);\n// END SOLUTION"); // 7: mismatched end
        var text = nb.Problems.Select(p => p.ToString()).ToList();
        Assert.Contains(text, t => t.StartsWith("t.dib cell 1 line 1: a solution region outside an exercise cell"));
        Assert.Contains(text, t => t.StartsWith("t.dib cell 3 line 1: duplicate exercise id 1.1 (first in cell 2)"));
        Assert.Contains(text, t => t.StartsWith("t.dib cell 4 line 1: CHECK 7.7 names no exercise"));
        Assert.Contains(text, t => t.StartsWith("t.dib cell 5 line 1: hidden checks outside a check cell"));
        Assert.Contains(text, t => t.StartsWith("t.dib cell 6 line 1: exercise 2.1 has no check cell"));
        Assert.Contains(text, t => t.StartsWith("t.dib cell 7 line 4: '// END SOLUTION' closes '// BEGIN HIDDEN CHECKS'"));
    }

    [Fact]
    public void Stubs_keep_indentation_and_name_the_exercise_and_hidden_checks_disappear()
    {
        var stub = StudentStub.ExerciseCell(Good1, "1.1", "double \"it\"");
        Assert.Equal("// EXERCISE 1.1 (2 points): double it\nint Double(int x)\n{\n    throw new NotImplementedException(\"Exercise 1.1 (double \\\"it\\\") is not done yet: replace this line with your solution, then run the CHECK 1.1 cell.\");\n}", stub);
        Assert.Equal("// CHECK 1.1\nCheck.Equal(Double(2), 4)", StudentStub.CheckCell(Check1));
        var lambda = "// EXERCISE 3 (1 point)\nFunc<int, int> f = x =>\n{\n    // BEGIN SOLUTION\n    return x;\n    // END SOLUTION\n};";
        Assert.Empty(StudentStub.LayoutProblems(lambda, "3", ""));
    }
}
