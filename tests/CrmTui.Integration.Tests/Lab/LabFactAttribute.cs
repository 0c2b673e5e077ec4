namespace CrmTui.Integration.Tests.Lab;

/// <summary>
/// A <see cref="FactAttribute"/> for tests that need the lab. xunit 2 has no dynamic skip, but
/// an attribute's constructor runs at discovery, so when this machine cannot run a lab at all
/// (not root, no namespaces, a tool missing) the test is reported as <b>Skipped</b> with that
/// exact reason — visible in the runner's summary and in <c>dotnet test</c>'s output.
/// </summary>
/// <remarks>
/// Under <c>CI=true</c> nothing is skipped: the test runs, <see cref="SingleNodeLab.EnsureUp"/>
/// throws with the same reason, and the test fails. A lab that should start here but does not
/// (prerequisites met, bring-up failed) always fails, with the bring-up log in the message.
/// </remarks>
[AttributeUsage(AttributeTargets.Method)]
public sealed class LabFactAttribute : FactAttribute
{
    public LabFactAttribute()
    {
        if (!LabEnvironment.IsCi && LabPrerequisites.MissingReason is { } reason)
            Skip = $"lab unavailable: {reason}";
    }
}
