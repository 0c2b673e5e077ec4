using CrmTui.Integration.Tests.Lab;

namespace CrmTui.Integration.Tests.Demo;

/// <summary>Skipped, with the reason, where shellcheck is not installed; under CI=true it runs
/// (tests/scripts/install-test-deps.sh installs it) and fails if shellcheck is missing.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ShellcheckFactAttribute : FactAttribute
{
    public ShellcheckFactAttribute()
    {
        if (!LabEnvironment.IsCi && !DemoPrerequisites.OnPath("shellcheck", Environment.GetEnvironmentVariable("PATH")))
            Skip = "shellcheck is not on PATH (apt-get install shellcheck; tests/scripts/install-test-deps.sh installs it)";
    }
}
