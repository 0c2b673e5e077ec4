using Xunit;

namespace CrmTui.TestKit.Sshd;

/// <summary>
/// A <see cref="FactAttribute"/> for a test that starts a <see cref="LoopbackSshd"/>: Skipped at
/// discovery, with <see cref="LoopbackSshd.WhyUnavailable"/> as the reason, when sshd cannot run
/// here — except under <c>CI=true</c>, where the test runs and fails with that reason (CI installs
/// openssh-server and runs as root, so a skip there would hide a broken job).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SshdFactAttribute : FactAttribute
{
    public SshdFactAttribute()
    {
        if (!TestEnvironment.IsCi && LoopbackSshd.WhyUnavailable() is { } reason)
            Skip = reason;
    }

    /// <summary>The test also runs the real crm_mon (through the sshd): Skipped, outside CI,
    /// when crm_mon is not on PATH.</summary>
    public bool NeedsCrmMon
    {
        get => _needsCrmMon;
        init
        {
            _needsCrmMon = value;
            if (value && Skip is null && !TestEnvironment.IsCi && Shared.CrmMonFactAttribute.MissingReason is { } reason)
                Skip = reason;
        }
    }

    private readonly bool _needsCrmMon;
}
