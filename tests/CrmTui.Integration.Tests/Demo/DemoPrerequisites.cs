using CrmTui.Demo;

namespace CrmTui.Integration.Tests.Demo;

/// <summary>What the install and demo tests need on this machine, checked once per run.</summary>
public static class DemoPrerequisites
{
    private static readonly Lazy<string?> s_reason = new(Check);

    /// <summary>Why the tests cannot run here, in one sentence; null when they can.</summary>
    public static string? MissingReason => s_reason.Value;

    public static void Require()
    {
        if (MissingReason is { } reason)
            throw new InvalidOperationException($"install/demo test unavailable: {reason}");
    }

    private static string? Check()
    {
        if (!OperatingSystem.IsLinux())
            return "install.sh and the tmux-driven demo are tested on Linux only";
        if (Checkout.Root is null)
            return "no checkout with install.sh and .git above the test assembly";
        var path = Environment.GetEnvironmentVariable("PATH");
        string[] programs = ["git", "tar", "tmux", "stty", "bash", "dotnet"];
        var missingPrograms = programs.Where(p => !OnPath(p, path)).ToArray();
        if (missingPrograms.Length > 0)
            return $"not on PATH: {string.Join(", ", missingPrograms)} (tests/scripts/install-test-deps.sh installs tmux)";
        var tools = PacemakerTools.Missing(path);
        return tools.IsEmpty
            ? null
            : $"Pacemaker CLI tools not on PATH: {string.Join(", ", tools)} (tests/scripts/install-test-deps.sh installs them)";
    }

    internal static bool OnPath(string program, string? path) =>
        (path ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries).Any(dir => File.Exists(Path.Combine(dir, program)));
}
