using System.Runtime.CompilerServices;
using static TorchSharp.torch;

namespace CourseKit.Exercises;

/// <summary>Thrown by a failed <see cref="Check"/>: the message says what was expected, what came, by how much it missed, and a hint.</summary>
public sealed class CheckFailedException(string message) : Exception(message);

/// <summary>Self-checks for exercises, in the spirit of Zero to Hero's comparisons: each passes silently (returning a short
/// "✓" line) or throws <see cref="CheckFailedException"/> with what was expected and what came. Used in visible and hidden checks.</summary>
public static class Check
{
    /// <summary>|actual − expected| ≤ tol.</summary>
    public static string Close(double actual, double expected, double tol = 1e-6, string? hint = null, [CallerArgumentExpression(nameof(actual))] string what = "")
    {
        var diff = Math.Abs(actual - expected);
        if (double.IsNaN(actual) || diff > tol)
            Fail($"{what}: expected {expected:g6} ± {tol:g3}, got {actual:g6} (off by {diff:g3}).", hint);
        return Pass($"{what} ≈ {expected:g6}");
    }

    /// <summary>Every element of two tensors within tol; reports the largest difference and where it is.</summary>
    public static string Close(Tensor actual, Tensor expected, double tol = 1e-5, string? hint = null, [CallerArgumentExpression(nameof(actual))] string what = "")
    {
        Shape(actual, expected.shape, hint, what);
        using var scope = NewDisposeScope();
        var diff = (actual.to(ScalarType.Float64).cpu() - expected.to(ScalarType.Float64).cpu()).abs();
        var max = diff.max().item<double>();
        if (double.IsNaN(max) || max > tol)
        {
            long at = diff.argmax().item<long>();
            Fail($"{what}: largest difference {max:g3} (tolerance {tol:g3}) at flat index {at}: got {actual.to(ScalarType.Float64).cpu().reshape(-1)[at].item<double>():g6}, expected {expected.to(ScalarType.Float64).cpu().reshape(-1)[at].item<double>():g6}.", hint);
        }
        return Pass($"{what} matches within {tol:g3} (largest difference {max:g3})");
    }

    /// <summary>actual equals expected exactly.</summary>
    public static string Equal<T>(T actual, T expected, string? hint = null, [CallerArgumentExpression(nameof(actual))] string what = "")
    {
        if (!EqualityComparer<T>.Default.Equals(actual, expected)) Fail($"{what}: expected {expected}, got {actual}.", hint);
        return Pass($"{what} = {expected}");
    }

    /// <summary>actual ≥ bound.</summary>
    public static string AtLeast(double actual, double bound, string? hint = null, [CallerArgumentExpression(nameof(actual))] string what = "")
    {
        if (!(actual >= bound)) Fail($"{what}: expected at least {bound:g6}, got {actual:g6} (short by {bound - actual:g3}).", hint);
        return Pass($"{what} = {actual:g6} ≥ {bound:g6}");
    }

    /// <summary>actual ≤ bound.</summary>
    public static string AtMost(double actual, double bound, string? hint = null, [CallerArgumentExpression(nameof(actual))] string what = "")
    {
        if (!(actual <= bound)) Fail($"{what}: expected at most {bound:g6}, got {actual:g6} (over by {actual - bound:g3}).", hint);
        return Pass($"{what} = {actual:g6} ≤ {bound:g6}");
    }

    /// <summary>The tensor has exactly this shape.</summary>
    public static string Shape(Tensor actual, long[] expected, string? hint = null, [CallerArgumentExpression(nameof(actual))] string what = "")
    {
        if (!actual.shape.SequenceEqual(expected)) Fail($"{what}: expected shape [{string.Join(", ", expected)}], got [{string.Join(", ", actual.shape)}].", hint);
        return Pass($"{what} has shape [{string.Join(", ", expected)}]");
    }

    /// <summary>The condition holds.</summary>
    public static string True(bool condition, string? hint = null, [CallerArgumentExpression(nameof(condition))] string what = "")
    {
        if (!condition) Fail($"expected {what} to be true, but it is false.", hint);
        return Pass(what);
    }

    static string Pass(string what) => $"✓ {what}";

    static void Fail(string message, string? hint) =>
        throw new CheckFailedException(hint is null ? message : $"{message} Hint: {hint}");
}
