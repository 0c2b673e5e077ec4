using CrmTui.TestKit.Sshd;

namespace CrmTui.Transport.Tests.Ssh;

/// <summary>One loopback sshd per test class; null with a reason when it cannot run here.</summary>
public sealed class SshdFixture : IDisposable
{
    public SshdFixture()
    {
        Sshd = LoopbackSshd.StartOrSkip(reason => SkipReason = reason);
    }

    public LoopbackSshd? Sshd { get; }

    public string? SkipReason { get; private set; }

    public void Dispose() => Sshd?.Dispose();
}
