namespace CrmTui.Integration.Tests.Lab;

/// <summary>Environment switches read once per test run.</summary>
public static class LabEnvironment
{
    /// <summary>
    /// True when the environment variable <c>CI</c> is <c>true</c> (GitHub Actions, GitLab and most
    /// CI systems set it). Then a lab that cannot start is a test failure, never a skip.
    /// </summary>
    public static bool IsCi { get; } =
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
