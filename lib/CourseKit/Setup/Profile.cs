namespace CourseKit;

/// <summary>How big experiments are: <c>smoke</c> (CI: small subsets, few epochs, still asserting learning happened) or
/// <c>full</c> (learners: real sizes). Chosen by <c>COURSEKIT_PROFILE</c>; notebooks ask it for sizes instead of hard-coding them.</summary>
public sealed record Profile(string Name)
{
    public static readonly Profile Smoke = new("smoke");
    public static readonly Profile Full = new("full");

    /// <summary>The profile named by <c>COURSEKIT_PROFILE</c> (default <c>full</c>).</summary>
    public static Profile Current => Parse(Environment.GetEnvironmentVariable(Settings.ProfileVariable));

    public bool IsSmoke => this == Smoke;

    /// <summary>Picks the value for this profile: <c>Profile.Current.Pick(smoke: 2, full: 10)</c> epochs.</summary>
    public T Pick<T>(T smoke, T full) => IsSmoke ? smoke : full;

    /// <summary>Parses <c>smoke</c> or <c>full</c> (empty means full); anything else is an error naming the variable.</summary>
    public static Profile Parse(string? text) => (text ?? "").Trim().ToLowerInvariant() switch
    {
        "" or "full" => Full,
        "smoke" => Smoke,
        var other => throw new ArgumentException($"{Settings.ProfileVariable}='{other}' is not a profile. Use 'smoke' (small and fast, for CI) or 'full' (real sizes)."),
    };

    public override string ToString() => Name;
}
