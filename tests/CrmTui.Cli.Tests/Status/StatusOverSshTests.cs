using CrmTui.Cli.Verbs;
using CrmTui.TestKit.Sshd;

namespace CrmTui.Cli.Tests.Status;

/// <summary>
/// The live path end to end: the real ssh client to a real sshd on a loopback port, the real
/// crm_mon on the other side reading a CIB file (no cluster is touched). Skipped at discovery, with the
/// reason, when sshd or crm_mon cannot run here; CI (CI=true) runs them.
/// </summary>
public sealed class StatusOverSshTests
{
    [SshdFact(NeedsCrmMon = true)]
    public async Task Status_over_ssh_runs_the_remote_crm_mon_and_check_judges_its_answer()
    {
        using var sshd = LoopbackSshd.Start();

        // Given a CIB file the remote side can read (same machine, so a private temp copy)
        var dir = Directory.CreateTempSubdirectory("crmtui-ssh-cib-").FullName;
        try
        {
            var cib = Path.Combine(dir, "two-nodes.cib.xml");
            File.Copy(Corpus.Fixture("two-nodes.cib.xml"), cib);
            string[] target = ["--host", LoopbackSshd.Host, "--ssh-port", sshd.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--ssh-config", sshd.ClientConfigPath, "--ssh-user", Environment.UserName, "--cib-file", cib];

            // When
            var (exit, text, error) = await VerbRun.RunAsync(StatusVerb.Create(), target);
            var (checkExit, line, _) = await VerbRun.RunAsync(CheckVerb.Create(), [.. target, "--stonith-disabled", "ok"]);

            // Then
            Assert.True(exit == StatusExitCode.Ok, error);
            Assert.Contains("  * app\t(ocf:pacemaker:Dummy):\t Started alpha\n", text);
            Assert.Equal(0, checkExit);
            Assert.StartsWith("CLUSTER OK - 2/2 nodes online, 1/1 resource instances active", line);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [SshdFact]
    public async Task A_closed_ssh_port_is_exit_5_and_check_UNKNOWN()
    {
        using var sshd = LoopbackSshd.Start();

        // A port nobody listens on: bind one, note it, let it go.
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var closed = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        string[] target = ["--host", LoopbackSshd.Host, "--ssh-port", closed.ToString(System.Globalization.CultureInfo.InvariantCulture), "--ssh-config", sshd.ClientConfigPath];

        var (exit, _, error) = await VerbRun.RunAsync(StatusVerb.Create(), target);
        var (checkExit, line, _) = await VerbRun.RunAsync(CheckVerb.Create(), target);

        Assert.Equal(StatusExitCode.Unreachable, exit);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
        Assert.Equal(3, checkExit);
        Assert.StartsWith("CLUSTER UNKNOWN - ", line);
    }
}
