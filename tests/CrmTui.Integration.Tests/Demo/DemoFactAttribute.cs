using CrmTui.Integration.Tests.Lab;

namespace CrmTui.Integration.Tests.Demo;

/// <summary>
/// A test of <c>install.sh</c> and the installed <c>crmtui demo</c> on this machine: it needs a
/// git checkout, the .NET SDK, tmux and Pacemaker's CLI tools (no cluster, no root). Where one is
/// missing the test is <b>Skipped</b> with the reason, except under <c>CI=true</c>, where it runs
/// and fails in <see cref="DemoPrerequisites.Require"/>: CI installs all of them.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class DemoFactAttribute : FactAttribute
{
    public DemoFactAttribute()
    {
        if (!LabEnvironment.IsCi && DemoPrerequisites.MissingReason is { } reason)
            Skip = $"install/demo test unavailable: {reason}";
    }
}
