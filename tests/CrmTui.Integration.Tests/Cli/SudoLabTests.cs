using System.Globalization;
using CrmTui.Cli.Verbs;
using CrmTui.Integration.Tests.Lab;
using Xunit.Abstractions;

namespace CrmTui.Integration.Tests.Cli;

/// <summary>
/// <c>--sudo</c> for real (issue #3: "optional sudo -n per cluster; a password prompt is never
/// waited on"): a non-root user on the lab node (<see cref="LabLoginUser"/>, visible inside the
/// node only) logs in over ssh; with a NOPASSWD rule <c>crmtui status --once --sudo</c> works, and
/// without it the run ends at once with SudoNeedsPassword's message and exit 5, long before its
/// timeout. The host's passwd, shadow and sudoers are never touched.
/// </summary>
[Collection(LabCollection.Name)]
public sealed class SudoLabTests(SingleNodeLab lab, ITestOutputHelper output)
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(30);

    [LabFact]
    public async Task Sudo_works_with_a_NOPASSWD_rule_and_fails_fast_without_one()
    {
        lab.EnsureUp();
        Assert.True(File.Exists("/usr/bin/sudo"), "sudo is not installed on this machine (tests/scripts/install-test-deps.sh installs it): the lab node uses the host's /usr");
        var hostPasswd = await File.ReadAllTextAsync("/etc/passwd");
        using var cli = CliRun.Real();
        string[] status = ["status", "--once", .. AsUser(), "--timeout", s_timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)];

        await using (var user = await LabLoginUser.AddAsync(lab))
        {
            output.WriteLine($"in the node: {await user.LookUpAsync()}");

            // Without --sudo the login cannot run crm_mon (measured: /usr/sbin is not on a non-root PATH,
            // and the user is not in haclient): what --sudo is for.
            var plain = await cli.RunAsync(status);
            output.WriteLine(plain.ToString());
            Assert.NotEqual(StatusExitCode.Ok, plain.Exit);

            // (a) With a NOPASSWD rule, --sudo runs crm_mon as root on the node.
            await user.AllowSudoWithoutPasswordAsync();
            var allowed = await cli.RunAsync([.. status, "--sudo"]);
            output.WriteLine(allowed.ToString());
            Assert.True(allowed.Exit == StatusExitCode.Ok, allowed.ToString());
            Assert.Contains(lab.NodeName, allowed.Output);

            // (b) Without it, sudo -n refuses at once: SudoNeedsPassword, exit 5, no prompt waited on.
            await user.RevokeSudoAsync();
            var refused = await cli.RunAsync([.. status, "--sudo"]);
            output.WriteLine(refused.ToString());
            Assert.True(refused.Exit == StatusExitCode.Unreachable, refused.ToString());
            Assert.Contains($"sudo on {lab.NodeAddress} wants a password, and crmtui never answers prompts", refused.Error);
            Assert.Equal("", refused.Output);
            Assert.True(refused.Elapsed < s_timeout / 2, $"took {refused.Elapsed.TotalSeconds:0.0} s of a {s_timeout.TotalSeconds} s timeout: {refused}");
        }

        // Nothing is left: the node no longer knows the user, and the host never did.
        var lookup = await lab.Runner.RunAsync(Transport.CommandLine.Of("getent", "passwd", LabLoginUser.Name).WithTimeout(TimeSpan.FromSeconds(10)));
        Assert.True(lookup.ExitCode != 0, $"the node still knows {LabLoginUser.Name}: {lookup.Stdout}");
        Assert.Equal(hostPasswd, await File.ReadAllTextAsync("/etc/passwd"));
        Assert.False(File.Exists("/etc/sudoers.d/" + LabLoginUser.Name));
    }

    private string[] AsUser() =>
    [
        "--host", lab.NodeAddress, "--ssh-user", LabLoginUser.Name,
        "--ssh-port", lab.SshPort.ToString(CultureInfo.InvariantCulture), "--identity", lab.IdentityFile,
        "--ssh-config", "none",
        "--ssh-option", $"UserKnownHostsFile={lab.KnownHostsFile}", "--ssh-option", "GlobalKnownHostsFile=/dev/null",
        "--ssh-option", "StrictHostKeyChecking=yes", "--ssh-option", "IdentitiesOnly=yes",
    ];
}
