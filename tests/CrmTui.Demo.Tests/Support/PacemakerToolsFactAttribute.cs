namespace CrmTui.Demo.Tests.Support;

/// <summary>
/// A test that runs Pacemaker's real CLI tools (crm_simulate, crm_mon …) on a CIB file; no
/// cluster needed. Skipped, with the missing tools named, where they are not on PATH, except
/// under <c>CI=true</c>: CI installs them, so there the test runs and fails in
/// <see cref="PacemakerToolsFactAttribute.EnsureTools"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PacemakerToolsFactAttribute : FactAttribute
{
    public PacemakerToolsFactAttribute()
    {
        if (!IsCi && MissingReason is { } reason)
            Skip = reason;
    }

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string? MissingReason
    {
        get
        {
            var missing = PacemakerTools.Missing(Environment.GetEnvironmentVariable("PATH"));
            return missing.IsEmpty ? null : $"Pacemaker CLI tools not on PATH: {string.Join(", ", missing)} (tests/scripts/install-test-deps.sh installs them)";
        }
    }

    public static void EnsureTools()
    {
        if (MissingReason is { } reason)
            throw new InvalidOperationException(reason);
    }
}
