using CrmTui.TestKit.Fakes;
using CrmTui.Transport;

namespace CrmTui.Transport.Tests.Failover;

public sealed class FailoverRunnerTests
{
    // The probe the command layer will pass is "crm_mon answered without <errors>"; here it asks
    // the host's scripted runner for "probe" and reads its stdout.
    private static readonly CommandLine Probe = CommandLine.Of("probe");
    private static readonly CommandLine Status = CommandLine.Of("crm_mon", "--output-as=xml");

    private static async Task<HostVerdict> ProbeAsync(ICommandRunner host, CancellationToken ct)
    {
        var result = await host.RunAsync(Probe, ct);
        return result.Stdout.Contains("<errors>") ? HostVerdict.Down("Pacemaker is not running") : HostVerdict.Ok;
    }

    private static RecordingRunner Host(string name, bool pacemakerUp = true) =>
        new RecordingRunner("ssh " + name)
            .WhenProgram("probe", stdout: pacemakerUp ? "<ok/>" : "<errors>")
            .WhenProgram("crm_mon", stdout: $"<status from='{name}'/>");

    [Fact]
    public async Task The_first_healthy_host_serves_and_keeps_serving_without_new_probes()
    {
        // Given two healthy hosts
        var (n1, n2) = (Host("n1"), Host("n2"));
        var cluster = new FailoverRunner([n1, n2], ProbeAsync);
        var changes = new List<HostChange>();
        cluster.HostChanged += (_, c) => changes.Add(c);

        // When two status calls run
        var first = await cluster.RunAsync(Status);
        var second = await cluster.RunAsync(Status);

        // Then n1 served both, was probed once, n2 was never asked, and the first choice was announced
        Assert.Equal("<status from='n1'/>", first.Stdout);
        Assert.Equal(first.Stdout, second.Stdout);
        Assert.Single(n1.CallsTo("probe"));
        Assert.Empty(n2.Calls);
        Assert.Same(n1, cluster.Current);
        var change = Assert.Single(changes);
        Assert.Null(change.Previous);
        Assert.Same(n1, change.Current);
    }

    [Fact]
    public async Task A_host_whose_pacemaker_is_down_is_passed_over_at_the_start()
    {
        var (n1, n2) = (Host("n1", pacemakerUp: false), Host("n2"));
        var cluster = new FailoverRunner([n1, n2], ProbeAsync);

        var result = await cluster.RunAsync(Status);

        Assert.Equal("<status from='n2'/>", result.Stdout);
        Assert.Empty(n1.CallsTo("crm_mon"));
        Assert.Contains("ssh n1: Pacemaker is not running", cluster.History.Single().Reason);
    }

    [Fact]
    public async Task A_connection_failure_moves_to_the_next_host_retries_there_and_says_why()
    {
        // Given n1 serving, then losing its connection
        var (n1, n2) = (Host("n1"), Host("n2"));
        var cluster = new FailoverRunner([n1, n2], ProbeAsync);
        await cluster.RunAsync(Status);
        n1.Throws(c => c.Program == "crm_mon", TransportFailure.ConnectionFailed, "cannot connect to n1: Connection refused");
        var changes = new List<HostChange>();
        cluster.HostChanged += (_, c) => changes.Add(c);

        // When the next status call runs
        var result = await cluster.RunAsync(Status);

        // Then n2 answered it, and the change names both hosts and the reason
        Assert.Equal("<status from='n2'/>", result.Stdout);
        var change = Assert.Single(changes);
        Assert.Same(n1, change.Previous);
        Assert.Same(n2, change.Current);
        Assert.Contains("Connection refused", change.Reason);
        Assert.Contains("ssh n2 answered", change.Reason);
        Assert.Equal("ssh n2", cluster.Target);
    }

    [Fact]
    public async Task A_result_judged_unhealthy_moves_to_the_next_host()
    {
        // Given a judge that calls a crm_mon result with <errors> unhealthy, and n1 whose Pacemaker stops after the first call
        var n1 = new RecordingRunner("ssh n1").WhenProgram("probe", stdout: "<ok/>")
            .WhenProgram("crm_mon", exitCode: 102, stdout: "<errors>").WhenProgram("crm_mon", stdout: "<ok/>", times: 1);
        var n2 = Host("n2");
        var options = new FailoverOptions
        {
            JudgeResult = (_, r) => r.Stdout.Contains("<errors>") ? HostVerdict.Down("crm_mon reported <errors>") : HostVerdict.Ok,
        };
        var cluster = new FailoverRunner([n1, n2], ProbeAsync, options);
        await cluster.RunAsync(Status);

        // When the next poll runs
        var result = await cluster.RunAsync(Status);

        // Then it was served by n2
        Assert.Equal("<status from='n2'/>", result.Stdout);
        Assert.Contains("crm_mon reported <errors>", cluster.History[^1].Reason);
    }

    [Fact]
    public async Task A_timed_out_command_that_may_not_be_retried_fails_but_later_calls_use_the_next_host()
    {
        // Given a policy that never retries a cleanup, and n1 timing out on it
        var n1 = Host("n1").Throws(c => c.Argv.Contains("--cleanup"), TransportFailure.Timeout);
        var n2 = Host("n2");
        var options = new FailoverOptions { MayRetry = c => !c.Argv.Contains("--cleanup") };
        var cluster = new FailoverRunner([n1, n2], ProbeAsync, options);

        // When the cleanup runs
        var ex = await Assert.ThrowsAsync<TransportException>(() => cluster.RunAsync(CommandLine.Of("crm_resource", "--cleanup")));

        // Then the caller sees the timeout, the cleanup was not sent to n2, and n2 serves from now on
        Assert.Equal(TransportFailure.Timeout, ex.Failure);
        Assert.Empty(n2.CallsTo("crm_resource"));
        Assert.Same(n2, cluster.Current);
    }

    [Fact]
    public async Task When_no_host_can_serve_the_error_lists_every_host_and_why()
    {
        var n1 = Host("n1", pacemakerUp: false);
        var n2 = new RecordingRunner("ssh n2").Throws(_ => true, TransportFailure.HostKeyRejected, "ssh to n2 refused: its host key is not in known_hosts");
        var cluster = new FailoverRunner([n1, n2], ProbeAsync);

        var ex = await Assert.ThrowsAsync<TransportException>(() => cluster.RunAsync(Status));

        Assert.Equal(TransportFailure.ConnectionFailed, ex.Failure);
        Assert.Contains("ssh n1: Pacemaker is not running", ex.Message);
        Assert.Contains("ssh n2: ssh to n2 refused", ex.Message);
        Assert.Null(cluster.Current);
    }

    [Fact]
    public async Task A_hung_probe_is_cut_off_and_the_next_host_takes_over()
    {
        // Given n2 whose probe never answers, and a short probe timeout
        var n1 = Host("n1", pacemakerUp: false);
        var n2 = new RecordingRunner("ssh n2")
            .RespondAsync(c => c.Program == "probe", async (_, ct) => { await Task.Delay(Timeout.Infinite, ct); return RecordingRunner.Success(); });
        var n3 = Host("n3");
        var cluster = new FailoverRunner([n1, n2, n3], ProbeAsync, new FailoverOptions { ProbeTimeout = TimeSpan.FromMilliseconds(200) });

        // When a call needs a host
        var result = await cluster.RunAsync(Status);

        // Then n3 serves, and the reason records that n2 did not answer in time
        Assert.Equal("<status from='n3'/>", result.Stdout);
        Assert.Contains("ssh n2: no answer within 0.2 s", cluster.History.Single().Reason);
    }

    [Fact]
    public async Task After_every_other_host_failed_the_failed_host_is_tried_last()
    {
        // Given n1 serving, then one connection failure on it while n2 is down
        var n1 = Host("n1");
        var n2 = Host("n2", pacemakerUp: false);
        var cluster = new FailoverRunner([n1, n2], ProbeAsync);
        await cluster.RunAsync(Status);
        n1.Throws(c => c.Program == "crm_mon", TransportFailure.ConnectionFailed, times: 1);

        // When a status call fails once on n1
        var result = await cluster.RunAsync(Status);

        // Then n2 was probed and refused, and n1, tried last, serves again
        Assert.Equal("<status from='n1'/>", result.Stdout);
        Assert.Single(n2.CallsTo("probe"));
        Assert.Same(n1, cluster.Current);
    }

    [Fact]
    public async Task An_invalid_request_does_not_fail_over()
    {
        var n1 = Host("n1").Throws(c => c.Program == "bad", TransportFailure.InvalidRequest);
        var n2 = Host("n2");
        var cluster = new FailoverRunner([n1, n2], ProbeAsync);

        await Assert.ThrowsAsync<TransportException>(() => cluster.RunAsync(CommandLine.Of("bad")));

        Assert.Same(n1, cluster.Current);
        Assert.Empty(n2.Calls);
    }

    [Fact]
    public async Task Concurrent_failures_switch_hosts_once()
    {
        // Given n1 serving, then failing every call
        var n1 = new RecordingRunner("ssh n1").Throws(_ => true, TransportFailure.ConnectionFailed)
            .WhenProgram("probe", stdout: "<ok/>", times: 1)
            .WhenProgram("crm_mon", stdout: "<ok/>", times: 1);
        var n2 = Host("n2");
        var cluster = new FailoverRunner([n1, n2], ProbeAsync);
        await cluster.RunAsync(Status);

        // When ten calls fail on it at once
        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => cluster.RunAsync(Status)));

        // Then all were answered by n2 after a single change of host
        Assert.All(results, r => Assert.Equal("<status from='n2'/>", r.Stdout));
        Assert.Equal(2, cluster.History.Count);
        Assert.Single(n2.CallsTo("probe"));
    }

    [Fact]
    public async Task A_host_changed_handler_may_call_back_into_the_runner()
    {
        // Given a handler that, on the first choice, runs a command that fails on n1 and so needs a switch itself
        var n1 = Host("n1").Throws(c => c.Program == "refresh", TransportFailure.ConnectionFailed, times: 1);
        var n2 = Host("n2");
        var cluster = new FailoverRunner([n1, n2], ProbeAsync);
        CommandResult? nested = null;
        cluster.HostChanged += (_, c) =>
        {
            if (c.Previous is null)
                nested = cluster.RunAsync(CommandLine.Of("refresh")).GetAwaiter().GetResult();
        };

        // When the first call chooses a host (bounded, so a deadlock fails instead of hanging)
        await cluster.RunAsync(Status).WaitAsync(TimeSpan.FromSeconds(30));

        // Then the nested call was served by n2 after its own switch
        Assert.NotNull(nested);
        Assert.Same(n2, cluster.Current);
        Assert.Single(n2.CallsTo("refresh"));
    }

    [Fact]
    public void Format_uses_the_first_host_before_any_call()
    {
        var cluster = new FailoverRunner([Host("n1"), Host("n2")], ProbeAsync);

        Assert.Equal("crm_mon --output-as=xml", cluster.Format(Status));
        Assert.Equal("ssh n1", cluster.Target);
    }

    [Fact]
    public void A_cluster_without_hosts_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new FailoverRunner([], ProbeAsync));
    }

    [Fact]
    public async Task Dispose_closes_every_host_at_once_so_one_slow_host_does_not_delay_the_others()
    {
        // Given three hosts whose close does not finish until the test says so
        var hosts = Enumerable.Range(1, 3).Select(i => new SlowClosingHost("ssh n" + i)).ToList();
        var cluster = new FailoverRunner(hosts, ProbeAsync);

        // When the cluster is disposed
        var disposal = cluster.DisposeAsync().AsTask();

        // Then every host's close started before any finished, and dispose ends when the last one does
        await Task.WhenAll(hosts.Select(h => h.CloseStarted));
        Assert.False(disposal.IsCompleted);
        foreach (var host in hosts)
            host.Finish();
        await disposal;
    }

    private sealed class SlowClosingHost(string target) : ICommandRunner, IAsyncDisposable
    {
        private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _finish = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public string Target => target;

        public Task CloseStarted => _started.Task;

        public void Finish() => _finish.TrySetResult();

        public string Format(CommandLine command) => PosixArgvFormat.Format(command);

        public Task<CommandResult> RunAsync(CommandLine command, CancellationToken cancellationToken = default) =>
            Task.FromResult(new CommandResult(0, "<ok/>", "", TimeSpan.Zero));

        public async ValueTask DisposeAsync()
        {
            _started.TrySetResult();
            await _finish.Task;
        }
    }
}
