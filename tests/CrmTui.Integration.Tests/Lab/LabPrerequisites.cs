using CrmTui.Transport;

namespace CrmTui.Integration.Tests.Lab;

/// <summary>
/// Whether this machine can run a lab at all: root, namespace support, the tools on PATH. The
/// check itself is <c>tests/lab/lab-check.sh</c>, the same one <c>lab-up.sh</c> runs, so the
/// fixture and the scripts never disagree. Computed once per test run.
/// </summary>
public static class LabPrerequisites
{
    private static readonly Lazy<string?> s_reason = new(Check);

    /// <summary>Why no lab can run here, in one sentence; null when it can.</summary>
    public static string? MissingReason => s_reason.Value;

    /// <summary>Fails the calling test with the reason when this machine cannot run a lab, for
    /// lab tests that drive the scripts themselves instead of using <see cref="SingleNodeLab"/>.</summary>
    public static void Require()
    {
        if (MissingReason is { } reason)
            throw new InvalidOperationException($"lab unavailable: {reason}");
    }

    private static string? Check()
    {
        if (!OperatingSystem.IsLinux())
            return $"the lab needs Linux namespaces; this is {Environment.OSVersion.Platform}";
        if (LabPaths.ScriptsDirectory is not { } scripts)
            return "tests/lab/lab-up.sh was not found above the test assembly (tests run outside a checkout?)";
        try
        {
            var check = CommandLine.Of("bash", Path.Combine(scripts, "lab-check.sh")).WithTimeout(TimeSpan.FromSeconds(20));
            // Called from attribute constructors during discovery, which are synchronous.
            var result = new LocalProcessRunner().RunAsync(check).GetAwaiter().GetResult();
            return result.Succeeded ? null : FirstLine(result.Stdout + result.Stderr, $"lab-check.sh exited {result.ExitCode}");
        }
        catch (TransportException ex)
        {
            return $"could not run tests/lab/lab-check.sh: {ex.Message}";
        }
    }

    private static string FirstLine(string text, string fallback)
    {
        var line = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        return string.IsNullOrEmpty(line) ? fallback : line;
    }
}
