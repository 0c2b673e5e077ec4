namespace CrmTui.TestKit;

/// <summary>What the test run was started with, read once.</summary>
public static class TestEnvironment
{
    /// <summary><c>CI=true</c>: tests that need real parts must run, never skip.</summary>
    public static bool IsCi { get; } =
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why <paramref name="program"/> is not on PATH, or null when it is.</summary>
    public static string? MissingFromPath(string program, string package)
    {
        var path = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries);
        return path.Any(dir => File.Exists(Path.Combine(dir, program)))
            ? null
            : $"{program} is not on PATH (install {package}: tests/scripts/install-test-deps.sh)";
    }
}
