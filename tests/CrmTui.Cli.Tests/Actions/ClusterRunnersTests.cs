using CrmTui.Cli.Verbs.Target;
using CrmTui.Commands.Status;
using CrmTui.TestKit.Fakes;
using CrmTui.Transport;

namespace CrmTui.Cli.Tests.Actions;

public sealed class ClusterRunnersTests
{
    private const string Refused =
        "<pacemaker-result api-version=\"2.25\" request=\"crm_mon --output-as=xml\"><status code=\"102\" message=\"Not connected\">"
        + "<errors><error>crm_mon: Connection to cluster failed: Connection refused</error></errors></status></pacemaker-result>";

    private static readonly ClusterTarget TwoHosts = new() { Hosts = ["n1", "n2"] };

    [Fact]
    public void No_host_is_the_local_runner_and_one_host_is_plain_ssh_without_failover()
    {
        Assert.IsType<LocalProcessRunner>(ClusterRunners.Create(new ClusterTarget()));
        var one = ClusterRunners.Create(new ClusterTarget { Hosts = ["n1"], SshUser = "hacluster", SshPort = 2222, Sudo = true });
        var ssh = Assert.IsType<SshCommandRunner>(one);
        Assert.Equal(("n1", "hacluster", 2222, true), (ssh.SshTarget.Host, ssh.SshTarget.User, ssh.SshTarget.Port, ssh.SshTarget.Sudo));
    }

    [Fact]
    public async Task When_Pacemaker_stops_on_the_serving_host_the_next_status_comes_from_the_next_host_and_says_why()
    {
        // Given two hosts that both answer; n1 serves
        var hosts = new Dictionary<string, RecordingRunner>
        {
            ["n1"] = ActionFixtures.Cluster(ActionFixtures.Healthy, "ssh n1"),
            ["n2"] = ActionFixtures.Cluster(ActionFixtures.Healthy, "ssh n2"),
        };
        var runner = ClusterRunners.Create(TwoHosts, ssh: t => hosts[t.Host]);
        var query = new ClusterStatusQuery(runner);
        Assert.True((await query.QueryAsync()).Succeeded);
        Assert.Equal("ssh n1", runner.Target);
        Assert.Null(ClusterRunners.FailoverNote(runner));

        // When Pacemaker stops on n1 (its crm_mon now refuses, ssh still works)
        hosts["n1"].WhenProgram("crm_mon", exitCode: 102, stdout: Refused);
        var next = await query.QueryAsync();

        // Then the same call is answered by n2, and the note says who serves and why
        Assert.True(next.Succeeded, next.Error);
        Assert.Equal("ssh n2", runner.Target);
        var note = ClusterRunners.FailoverNote(runner);
        Assert.NotNull(note);
        Assert.StartsWith("served by ssh n2: ssh n1: Pacemaker did not answer", note);
        Assert.Contains("Connection to cluster failed", note);
        Assert.EndsWith("ssh n2 answered", note);
    }

    [Fact]
    public async Task A_closed_first_host_is_skipped_and_the_note_names_it()
    {
        var hosts = new Dictionary<string, RecordingRunner>
        {
            ["n1"] = new RecordingRunner("ssh n1").Throws(_ => true, TransportFailure.ConnectionFailed, "ssh n1: connection refused"),
            ["n2"] = ActionFixtures.Cluster(ActionFixtures.Healthy, "ssh n2"),
        };
        var runner = ClusterRunners.Create(TwoHosts, ssh: t => hosts[t.Host]);

        var status = await new ClusterStatusQuery(runner).QueryAsync();

        Assert.True(status.Succeeded, status.Error);
        Assert.Equal("served by ssh n2: ssh n2 answered (skipped ssh n1: ssh n1: connection refused)", ClusterRunners.FailoverNote(runner));
    }

    [Fact]
    public async Task An_action_that_failed_at_the_transport_is_never_sent_again_to_another_host()
    {
        var hosts = new Dictionary<string, RecordingRunner>
        {
            ["n1"] = ActionFixtures.Cluster(ActionFixtures.Healthy, "ssh n1")
                .Throws(c => c.Program == "crm_attribute", TransportFailure.Timeout, "crm_attribute on n1 timed out"),
            ["n2"] = ActionFixtures.Cluster(ActionFixtures.Healthy, "ssh n2"),
        };
        var runner = ClusterRunners.Create(TwoHosts, ssh: t => hosts[t.Host]);

        await Assert.ThrowsAsync<TransportException>(() => runner.RunAsync(CommandLine.Of("crm_attribute", "--node=n1")));

        Assert.Empty(hosts["n2"].CallsTo("crm_attribute"));
    }
}
