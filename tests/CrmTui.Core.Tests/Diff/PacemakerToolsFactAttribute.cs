namespace CrmTui.Core.Tests.Diff;

/// <summary>
/// A test that runs Pacemaker's tools on a CIB file (<see cref="PacemakerTools"/>): Skipped at
/// discovery, with the missing tools named, where they are not on PATH; under <c>CI=true</c> it
/// runs and fails instead, because CI installs them.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PacemakerToolsFactAttribute : FactAttribute
{
    public PacemakerToolsFactAttribute()
    {
        if (!PacemakerTools.IsCi && PacemakerTools.MissingReason() is { } reason)
            Skip = reason;
    }
}
