using CrmTui.TestKit.Sshd;

namespace CrmTui.Transport.Tests.Ssh;

public sealed class LoopbackSshdPolicyTests
{
    [Fact]
    public void Outside_ci_an_unavailable_sshd_skips_with_the_exact_reason()
    {
        Assert.Equal("SKIPPED: needs root", LoopbackSshd.SkipMessage("needs root", ciVariable: null));
    }

    [Fact]
    public void In_ci_an_unavailable_sshd_fails_instead_of_skipping()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => LoopbackSshd.SkipMessage("needs root", ciVariable: "true"));

        Assert.Contains("needs root", ex.Message);
    }

    [Fact]
    public void An_available_sshd_is_never_skipped()
    {
        Assert.Null(LoopbackSshd.SkipMessage(null, ciVariable: "true"));
    }
}
