using CourseKit.Exercises;
using static TorchSharp.torch;

namespace CourseKit.Tests;

public class CheckTests
{
    public CheckTests() => Setup.Init(quiet: true);

    [Fact]
    public void Passing_checks_return_a_tick()
    {
        Assert.StartsWith("✓", Check.Close(0.1 + 0.2, 0.3));
        Assert.StartsWith("✓", Check.AtLeast(0.9, 0.85));
        Assert.StartsWith("✓", Check.Shape(zeros(2, 3), [2, 3]));
        Assert.StartsWith("✓", Check.Close(ones(3), ones(3) + 1e-7));
    }

    [Fact]
    public void Failures_say_expected_actual_miss_and_hint()
    {
        double accuracy = 0.8;
        var e = Assert.Throws<CheckFailedException>(() => Check.AtLeast(accuracy, 0.85, hint: "train longer"));
        Assert.Contains("accuracy", e.Message);
        Assert.Contains("0.85", e.Message);
        Assert.Contains("0.8", e.Message);
        Assert.Contains("short by 0.05", e.Message);
        Assert.Contains("Hint: train longer", e.Message);

        var t = Assert.Throws<CheckFailedException>(() => Check.Close(tensor(new[] { 1f, 2f, 3f }), tensor(new[] { 1f, 2.5f, 3f })));
        Assert.Contains("largest difference 0.5", t.Message);
        Assert.Contains("flat index 1", t.Message);

        Assert.Throws<CheckFailedException>(() => Check.Shape(zeros(2, 3), [3, 2]));
        Assert.Throws<CheckFailedException>(() => Check.Close(double.NaN, 1));
        Assert.Throws<CheckFailedException>(() => Check.Equal(3, 4));
        Assert.Throws<CheckFailedException>(() => Check.True(1 > 2));
        Assert.Throws<CheckFailedException>(() => Check.AtMost(2, 1));
    }
}
