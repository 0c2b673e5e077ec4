using CrmTui.Integration.Tests.Demo;
using CrmTui.Integration.Tests.Lab;

namespace CrmTui.Integration.Tests.Dashboard;

/// <summary>
/// A test of the built <c>crmtui</c> in a real terminal with no cluster (<c>crmtui demo</c>): it needs
/// Linux, tmux, bash, sh and stty, not root and not the lab. Where one is missing the test is
/// <b>Skipped</b> with the reason, except under <c>CI=true</c>, where it runs and fails in
/// <see cref="Require"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class TmuxFactAttribute : FactAttribute
{
    private static readonly Lazy<string?> s_missing = new(Check);

    public TmuxFactAttribute()
    {
        if (!LabEnvironment.IsCi && s_missing.Value is { } reason)
            Skip = $"real-terminal test unavailable: {reason}";
    }

    public static void Require()
    {
        if (s_missing.Value is { } reason)
            throw new InvalidOperationException($"real-terminal test unavailable: {reason}");
    }

    private static string? Check()
    {
        if (!OperatingSystem.IsLinux())
            return "the tmux-driven tests run on Linux only";
        var path = Environment.GetEnvironmentVariable("PATH");
        var missing = ((string[])["tmux", "bash", "sh", "stty"]).Where(p => !DemoPrerequisites.OnPath(p, path)).ToArray();
        return missing.Length == 0 ? null : $"not on PATH: {string.Join(", ", missing)} (tests/scripts/install-test-deps.sh installs tmux)";
    }
}
