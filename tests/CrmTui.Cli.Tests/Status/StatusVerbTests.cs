using System.Text.Json;
using CrmTui.Cli.Verbs;
using CrmTui.TestKit.Fakes;
using CrmTui.TestKit.Timing;
using CrmTui.Transport;

namespace CrmTui.Cli.Tests.Status;

public sealed class StatusVerbTests
{
    private static readonly string Healthy = Corpus.Fixture("healthy.xml");
    private static readonly string Trouble = Corpus.Fixture("trouble.xml");

    [Fact]
    public async Task Text_view_shows_summary_nodes_and_every_kind_of_resource()
    {
        var (exit, output, error) = await VerbRun.RunAsync(StatusVerb.Create(), ["--xml-file", Healthy]);

        Assert.Equal(StatusExitCode.Ok, exit);
        Assert.Equal("", error);
        Assert.Contains("  * Current DC: alpha (version 2.1.5-a3f44794f94) - partition with quorum\n", output);
        Assert.Contains("  * Last change:  Fri Nov 20 09:58:00 2026 by root via crm_attribute on alpha\n", output);
        Assert.Contains("  * 9 resource instances configured\n", output);
        Assert.Contains("  * Node alpha: online (DC)\n  * Node beta: online\n", output);
        Assert.Contains("  * Resource Group: web:\n    * web-ip\t(ocf:heartbeat:IPaddr2):\t Started alpha\n", output);
        Assert.Contains("  * Clone Set: db-clone [db] (promotable):\n    * db\t(ocf:pacemaker:Stateful):\t Promoted alpha\n    * db\t(ocf:pacemaker:Stateful):\t Unpromoted beta\n", output);
        Assert.Contains("  * Container bundle set: cache [localhost/cache:1]:\n    * Replica[0]: cache-podman-0 (192.168.122.50)\t(ocf:heartbeat:podman):\t Started beta\n", output);
        Assert.Contains("      * (13) monitor: interval=10000ms last-rc-change='Fri Nov 20 09:58:01 2026' exec-time=20ms queue-time=0ms: rc=0 (ok)\n", output);
        Assert.Contains("  * site-a\tgranted last-granted='Fri Nov 20 09:00:00 2026'\n", output);
        Assert.Contains("  * cli-ban-web-on-beta\tprevents web from running on beta (score -INFINITY)\n", output);
    }

    [Fact]
    public async Task Cluster_strings_are_printed_verbatim()
    {
        var (_, output, _) = await VerbRun.RunAsync(StatusVerb.Create(), ["--xml-file", Healthy]);

        Assert.Contains("    * rack: r2 <east> [b]\n", output);
    }

    [Fact]
    public async Task Text_view_of_a_troubled_cluster_names_node_states_failures_and_fencing()
    {
        var (exit, output, _) = await VerbRun.RunAsync(StatusVerb.Create(), ["--xml-file", Trouble]);

        Assert.Equal(StatusExitCode.Ok, exit);
        Assert.Contains("partition WITHOUT quorum", output);
        Assert.Contains("*** Resource management is DISABLED ***", output);
        Assert.Contains("  * Node alpha: online (health is YELLOW) (DC)\n", output);
        Assert.Contains("  * Node beta: UNCLEAN (offline)\n", output);
        Assert.Contains("  * Node gamma: standby\n", output);
        Assert.Contains("  * Node delta: OFFLINE\n", output);
        Assert.Contains("  * app\t(ocf:pacemaker:Dummy):\t FAILED alpha\n", output);
        Assert.Contains("  * archive\t(ocf:pacemaker:Dummy):\t Stopped (disabled)\n", output);
        Assert.Contains("  * app 10s-interval monitor on alpha returned 'not running' at Fri Nov 20 10:59:30 2026 after 20ms\n", output);
        Assert.Contains("  * report start on alpha could not be executed (Timed Out: cannot open /srv/report: Permission denied) at Fri Nov 20 10:59:00 2026 after 1m30.012s\n", output);
        Assert.Contains("  * reboot of beta failed: client=pacemaker-controld.1234, origin=alpha, completed='2026-11-20 10:59:40Z', exit-reason='no fence device'\n", output);
        Assert.Contains("  * off of delta pending: client=stonith_admin.99, origin=alpha, started='2026-11-20 10:59:50Z'\n", output);
    }

    [Fact]
    public async Task Json_has_the_documented_top_level_keys_in_order_and_a_typed_resource_tree()
    {
        var (exit, output, _) = await VerbRun.RunAsync(StatusVerb.Create(), ["--xml-file", Healthy, "--output", "json"]);

        Assert.Equal(StatusExitCode.Ok, exit);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal(
            ["summary", "nodes", "resources", "failures", "node_attributes", "operations", "fence_history", "tickets", "bans"],
            root.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal(
            new[] { "primitive", "group", "clone", "clone", "bundle" },
            root.GetProperty("resources").EnumerateArray().Select(r => r.GetProperty("kind").GetString()!).ToArray());
        var replica = root.GetProperty("resources")[4].GetProperty("children")[0];
        Assert.Equal("replica", replica.GetProperty("kind").GetString());
        Assert.Equal("0", replica.GetProperty("id").GetString());
        var db = root.GetProperty("resources")[3].GetProperty("children");
        Assert.Equal(new[] { "Promoted", "Unpromoted" }, db.EnumerateArray().Select(i => i.GetProperty("role").GetString()!).ToArray());
        Assert.True(root.GetProperty("summary").GetProperty("has_quorum").GetBoolean());
        Assert.Equal("alpha", root.GetProperty("summary").GetProperty("current_dc").GetProperty("name").GetString());
        var attribute = root.GetProperty("node_attributes")[2];
        Assert.Equal(("beta", "rack", "r2 <east> [b]"), (attribute.GetProperty("node").GetString(), attribute.GetProperty("name").GetString(), attribute.GetProperty("value").GetString()));
        var operation = root.GetProperty("operations")[1];
        Assert.Equal(("alpha", "web-ip", "monitor", 10000L), (operation.GetProperty("node").GetString(), operation.GetProperty("resource").GetString(),
            operation.GetProperty("task").GetString(), operation.GetProperty("interval_ms").GetInt64()));
        Assert.Equal(XmlCounts.FromXml(File.ReadAllText(Healthy)), XmlCounts.FromJson(output));
    }

    [Fact]
    public async Task Json_failures_carry_the_resource_and_the_sentence()
    {
        var (_, output, _) = await VerbRun.RunAsync(StatusVerb.Create(), ["--xml-file", Trouble, "-o", "json"]);

        using var doc = JsonDocument.Parse(output);
        var failure = doc.RootElement.GetProperty("failures")[0];
        Assert.Equal("app", failure.GetProperty("resource").GetString());
        Assert.Equal(10000, failure.GetProperty("interval_ms").GetInt64());
        Assert.Equal(7, failure.GetProperty("exit_code").GetInt32());
        Assert.Equal("app 10s-interval monitor on alpha returned 'not running' at Fri Nov 20 10:59:30 2026 after 20ms", failure.GetProperty("description").GetString());
        Assert.Equal(2, doc.RootElement.GetProperty("fence_history").GetArrayLength());
    }

    [Fact]
    public async Task Xml_output_is_the_input_exactly()
    {
        var (exit, output, _) = await VerbRun.RunAsync(StatusVerb.Create(), ["--xml-file", Healthy, "--output", "xml"]);

        Assert.Equal(StatusExitCode.Ok, exit);
        var original = File.ReadAllText(Healthy);
        Assert.Equal(original.EndsWith('\n') ? original : original + "\n", output);
    }

    [Fact]
    public async Task A_missing_file_is_exit_2_with_one_line()
    {
        var (exit, output, error) = await VerbRun.RunAsync(StatusVerb.Create(), ["--xml-file", "/nonexistent/crm.xml"]);

        Assert.True(StatusExitCode.Unreadable == exit, error);
        Assert.Equal("", output);
        Assert.StartsWith("cannot read /nonexistent/crm.xml: ", error);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public async Task A_directory_or_an_empty_file_is_a_clear_error_not_a_crash()
    {
        var dir = Directory.CreateTempSubdirectory("crmtui-bad-input-").FullName;
        try
        {
            var empty = Path.Combine(dir, "empty.xml");
            File.WriteAllText(empty, "");

            var (dirExit, _, dirError) = await VerbRun.RunAsync(StatusVerb.Create(), ["--xml-file", dir]);
            var (emptyExit, _, emptyError) = await VerbRun.RunAsync(StatusVerb.Create(), ["--xml-file", empty]);

            Assert.Equal(StatusExitCode.Unreadable, dirExit);
            Assert.StartsWith($"cannot read {dir}: ", dirError);
            Assert.Equal(StatusExitCode.Malformed, emptyExit);
            Assert.StartsWith($"{empty}:", emptyError);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task Watch_reports_a_failing_poll_once_and_keeps_watching()
    {
        // Given a host that answers, then fails twice the same way, then answers again
        var healthy = File.ReadAllText(Healthy);
        var calls = 0;
        var runner = new RecordingRunner("n1").Respond(_ => true, _ => Interlocked.Increment(ref calls) is 2 or 3
            ? new CommandResult(102, "", "crm_mon: Connection to cluster failed: Connection refused\n", TimeSpan.Zero)
            : new CommandResult(0, healthy, "", TimeSpan.Zero));
        using var stop = new CancellationTokenSource();
        var output = new StringWriter();
        var error = new StringWriter();

        // When watching across those polls
        var watching = StatusVerb.Create(_ => runner).Parse(["--watch", "--interval", "0.5"])
            .InvokeAsync(new System.CommandLine.InvocationConfiguration { Output = output, Error = error }, stop.Token);
        // The fifth poll starts only after the fourth one's status was printed (polls are sequential),
        // so waiting for it, not the fourth, cannot cancel before that print (flaked under load).
        while (Volatile.Read(ref calls) < 5)
        {
            await Task.Delay(50);
        }

        stop.Cancel();
        var exit = await watching;

        // Then the error appears once, and the status is printed before and after it
        Assert.Equal(StatusExitCode.Ok, exit);
        Assert.Single(error.ToString().TrimEnd('\n').Split('\n'));
        Assert.Contains("Connection to cluster failed", error.ToString());
        Assert.Equal(2, output.ToString().Split("Cluster Summary:").Length - 1);
    }

    [Fact]
    public async Task Truncated_xml_is_exit_3_with_line_and_column()
    {
        var file = Corpus.Fixture("truncated.xml");

        var (exit, _, error) = await VerbRun.RunAsync(StatusVerb.Create(), ["--xml-file", file]);

        Assert.Equal(StatusExitCode.Malformed, exit);
        Assert.Matches($"^{System.Text.RegularExpressions.Regex.Escape(file)}:6:\\d+: not valid crm_mon XML: ", error);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public async Task A_crm_mon_refusal_is_exit_4_with_its_error()
    {
        var (exit, output, error) = await VerbRun.RunAsync(StatusVerb.Create(), ["--xml-file", Corpus.Fixture("refused.xml")]);

        Assert.Equal(StatusExitCode.Refused, exit);
        Assert.Equal("", output);
        Assert.Contains("crm_mon: Error: cluster is not available on this node", error);
    }

    [Fact]
    public async Task Cib_file_runs_crm_mon_with_CIB_file_set_and_shows_its_answer()
    {
        var runner = new RecordingRunner().WhenProgram("crm_mon", stdout: File.ReadAllText(Healthy));
        StatusRequest? seen = null;

        var (exit, output, _) = await VerbRun.RunAsync(StatusVerb.Create(r => { seen = r; return runner; }), ["--cib-file", Healthy]);

        Assert.Equal(StatusExitCode.Ok, exit);
        var call = Assert.Single(runner.Calls);
        Assert.Equal(["crm_mon", "--output-as=xml"], call.Argv.ToArray());
        Assert.Equal(Path.GetFullPath(Healthy), call.Environment["CIB_file"]);
        Assert.Equal(Healthy, seen!.CibFile);
        Assert.Contains("  * Node beta: online\n", output);
    }

    [Fact]
    public async Task Hosts_and_ssh_options_reach_the_runner_factory_in_failover_order()
    {
        var runner = new RecordingRunner("n2").WhenProgram("crm_mon", stdout: File.ReadAllText(Healthy));
        StatusRequest? seen = null;

        var (exit, _, _) = await VerbRun.RunAsync(
            StatusVerb.Create(r => { seen = r; return runner; }),
            ["--host", "n1", "--host", "n2", "--ssh-user", "hacluster", "--ssh-port", "2222", "--identity", "/k", "--sudo", "-o", "json"]);

        Assert.Equal(StatusExitCode.Ok, exit);
        Assert.Equal(["n1", "n2"], seen!.Target.Hosts.ToArray());
        Assert.Equal(("hacluster", 2222, "/k", true), (seen.Target.SshUser, seen.Target.SshPort, seen.Target.Identity, seen.Target.Sudo));
    }

    [Fact]
    public async Task An_unreachable_cluster_is_exit_5_with_the_transport_message()
    {
        var runner = new RecordingRunner("n1").Throws(_ => true, TransportFailure.Timeout, "n1: ssh timed out after 5s");

        var (exit, _, error) = await VerbRun.RunAsync(StatusVerb.Create(_ => runner), ["--host", "n1"]);

        Assert.Equal(StatusExitCode.Unreachable, exit);
        Assert.Equal("cannot run crm_mon on n1: n1: ssh timed out after 5s", error.TrimEnd('\n'));
    }

    [Fact]
    public async Task Pacemaker_down_on_the_host_is_exit_4()
    {
        var runner = new RecordingRunner("local").WhenProgram("crm_mon", exitCode: 102, stderr: "crm_mon: Connection to cluster failed: Transport endpoint is not connected\n");

        var (exit, _, error) = await VerbRun.RunAsync(StatusVerb.Create(_ => runner), []);

        Assert.Equal(StatusExitCode.Refused, exit);
        Assert.Contains("Connection to cluster failed", error);
    }

    [Theory]
    [InlineData("--xml-file", "a.xml", "--host", "n1")]
    [InlineData("--host", "-oProxyCommand=x")]
    [InlineData("--host", "n1", "--ssh-option", "-oProxyCommand=x")]
    [InlineData("--xml-file", "a.xml", "--output", "yaml")]
    [InlineData("--xml-file", "a.xml", "--once", "--watch")]
    [InlineData("--xml-file", "a.xml", "--watch", "--interval", "0.01")]
    public async Task Contradictory_or_bad_options_are_a_usage_error(params string[] args)
    {
        var (exit, _, error) = await VerbRun.RunAsync(StatusVerb.Create(_ => throw new InvalidOperationException("must not run")), args);

        Assert.Equal(StatusExitCode.Usage, exit);
        Assert.NotEqual("", error);
    }

    [Fact]
    public async Task Watch_prints_again_only_when_the_status_changed()
    {
        var dir = Directory.CreateTempSubdirectory("crmtui-watch-").FullName;
        try
        {
            // Given a saved status that changes once while watching (each change replaces the
            // file in one rename: a poll that read a half-written file would rightly say an
            // error and print the status again, as the test with a failing poll above shows)
            var file = Path.Combine(dir, "status.xml");
            var healthy = File.ReadAllText(Healthy);
            ReplaceFile(file, healthy);
            using var stop = new CancellationTokenSource();
            var printed = new StringWriter();
            var output = TextWriter.Synchronized(printed);
            var errors = new StringWriter();
            var command = StatusVerb.Create();
            var watching = command.Parse(["--xml-file", file, "--watch", "--interval", "0.5"])
                .InvokeAsync(new System.CommandLine.InvocationConfiguration { Output = output, Error = errors }, stop.Token);

            // When only last_update changes, then a node goes to standby
            await Task.Delay(1200);
            ReplaceFile(file, healthy.Replace("Fri Nov 20 10:00:05 2026", "Fri Nov 20 10:00:09 2026"));
            await Task.Delay(1200);
            ReplaceFile(file, healthy.Replace("name=\"beta\" id=\"2\" online=\"true\" standby=\"false\"", "name=\"beta\" id=\"2\" online=\"true\" standby=\"true\""));
            await Task.Delay(1200);
            // a slow machine may poll later than 1.2 s; the count below says whether it printed
            await Eventually.HoldsAsync(() => Printed(output, printed).Contains("standby (with active"), TimeSpan.FromSeconds(20), TimeSpan.FromMilliseconds(100));

            stop.Cancel();
            var exit = await watching;

            // Then the view was printed twice: at the start and after the standby
            Assert.Equal(StatusExitCode.Ok, exit);
            Assert.Equal("", errors.ToString());
            var text = printed.ToString();
            Assert.Equal(2, text.Split("Cluster Summary:").Length - 1);
            Assert.Contains("  * Node beta: standby (with active resources)\n", text);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    // What a synchronized writer has printed so far, read under its own lock.
    private static string Printed(TextWriter synchronized, StringWriter inner)
    {
        lock (synchronized)
        {
            return inner.ToString();
        }
    }

    private static void ReplaceFile(string path, string text)
    {
        var next = path + ".next";
        File.WriteAllText(next, text);
        File.Move(next, path, overwrite: true);
    }
}
