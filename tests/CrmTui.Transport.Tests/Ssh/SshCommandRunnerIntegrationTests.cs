using System.Diagnostics;
using CrmTui.TestKit.Sshd;
using CrmTui.Transport;
using Xunit.Abstractions;

namespace CrmTui.Transport.Tests.Ssh;

/// <summary>The ssh runner against a real sshd on loopback (Skipped at discovery, with the reason, when it cannot run; under CI=true they run and fail).</summary>
public sealed class SshCommandRunnerIntegrationTests(SshdFixture fixture, ITestOutputHelper output) : IClassFixture<SshdFixture>
{
    // [SshdFact] skipped these at discovery where sshd cannot run; a test that gets here without
    // a server (CI=true) fails with the reason instead of passing on nothing.
    private void EnsureSshd()
    {
        if (fixture.Sshd is null)
            throw new InvalidOperationException($"the loopback sshd did not start: {fixture.SkipReason}");
    }

    [SshdFact]
    public async Task Hostile_arguments_travel_to_the_real_sshd_and_back_byte_identical()
    {
        EnsureSshd();
        // Given arguments full of shell syntax
        string[] hostile =
        [
            "it's", "\"dq\"", "$(id)", "`id`", "a;b", "a|b", "a&b", "*", "~", "~root", "tab\there",
            "new\nline", "-n", "--", "", "  spaced  ", "ünïcødé ✓ 日本", "\\backslash", "$HOME", "!x", "#c", "'", "''",
        ];
        await using var runner = new SshCommandRunner(fixture.Sshd!.Target());

        // When printf, not a shell, prints each one followed by NUL on the remote side
        var result = await runner.RunAsync(CommandLine.Of(["/usr/bin/printf", "%s\\0", .. hostile]));

        // Then each one came back exactly
        Assert.Equal(0, result.ExitCode);
        Assert.Equal([.. hostile, ""], result.Stdout.Split('\0'));
    }

    [SshdFact]
    public async Task Environment_variables_and_stdin_reach_the_remote_command()
    {
        EnsureSshd();
        await using var runner = new SshCommandRunner(fixture.Sshd!.Target());
        var command = CommandLine.Of("/bin/sh", "-c", "printf '%s|' \"$CIB_file\"; cat")
            .WithEnvironment("CIB_file", "/tmp/it's $(here).xml") with { StandardInput = "<cib/>\n" };

        var result = await runner.RunAsync(command);

        Assert.Equal("/tmp/it's $(here).xml|<cib/>\n", result.Stdout);
    }

    [SshdFact]
    public async Task The_remote_exit_code_and_stderr_come_back_as_a_result()
    {
        EnsureSshd();
        await using var runner = new SshCommandRunner(fixture.Sshd!.Target());

        var result = await runner.RunAsync(CommandLine.Of("/bin/sh", "-c", "echo oops >&2; exit 3"));

        Assert.Equal((3, "oops\n"), (result.ExitCode, result.Stderr));
    }

    [SshdFact]
    public async Task A_closed_port_is_a_connection_failure_with_a_clear_message_and_no_hang()
    {
        EnsureSshd();
        // Given a port nothing listens on
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var closedPort = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        await using var runner = new SshCommandRunner(fixture.Sshd!.Target() with { Port = closedPort });
        var stopwatch = Stopwatch.StartNew();

        var ex = await Assert.ThrowsAsync<TransportException>(() => runner.RunAsync(CommandLine.Of("true")));

        output.WriteLine(ex.Message);
        Assert.Equal(TransportFailure.ConnectionFailed, ex.Failure);
        Assert.Contains($"127.0.0.1:{closedPort}", ex.Message);
        Assert.Contains("Connection refused", ex.Message);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(10), $"took {stopwatch.Elapsed}");
    }

    [SshdFact]
    public async Task An_unknown_host_key_under_strict_checking_is_rejected_with_what_to_do()
    {
        EnsureSshd();
        var sshd = fixture.Sshd!;
        var target = sshd.Target() with { ExtraOptions = ["UserKnownHostsFile=" + sshd.EmptyKnownHostsPath, "GlobalKnownHostsFile=/dev/null", "StrictHostKeyChecking=yes", "IdentitiesOnly=yes"] };
        await using var runner = new SshCommandRunner(target);

        var ex = await Assert.ThrowsAsync<TransportException>(() => runner.RunAsync(CommandLine.Of("true")));

        output.WriteLine(ex.Message);
        Assert.Equal(TransportFailure.HostKeyRejected, ex.Failure);
        Assert.Contains("not in known_hosts", ex.Message);
        Assert.Contains("ssh-keyscan", ex.Message);
    }

    [SshdFact]
    public async Task A_changed_host_key_is_rejected_and_called_a_change()
    {
        EnsureSshd();
        var sshd = fixture.Sshd!;
        var target = sshd.Target() with { ExtraOptions = ["UserKnownHostsFile=" + sshd.WriteWrongKnownHosts(), "GlobalKnownHostsFile=/dev/null", "StrictHostKeyChecking=yes", "IdentitiesOnly=yes"] };
        await using var runner = new SshCommandRunner(target);

        var ex = await Assert.ThrowsAsync<TransportException>(() => runner.RunAsync(CommandLine.Of("true")));

        output.WriteLine(ex.Message);
        Assert.Equal(TransportFailure.HostKeyRejected, ex.Failure);
        Assert.Contains("CHANGED", ex.Message);
    }

    [SshdFact]
    public async Task A_key_the_server_does_not_accept_is_an_authentication_failure()
    {
        EnsureSshd();
        var sshd = fixture.Sshd!;
        // The host's own private key is a valid key that is not in authorized_keys.
        await using var runner = new SshCommandRunner(sshd.Target() with { IdentityFile = Path.Combine(sshd.Directory, "host_ed25519") });

        var ex = await Assert.ThrowsAsync<TransportException>(() => runner.RunAsync(CommandLine.Of("true")));

        output.WriteLine(ex.Message);
        Assert.Equal(TransportFailure.AuthenticationFailed, ex.Failure);
    }

    [SshdFact]
    public async Task A_remote_command_that_never_ends_is_killed_at_the_timeout_and_the_master_stays()
    {
        EnsureSshd();
        await using var runner = new SshCommandRunner(fixture.Sshd!.Target());
        await runner.RunAsync(CommandLine.Of("true"));
        var stopwatch = Stopwatch.StartNew();

        var ex = await Assert.ThrowsAsync<TransportException>(
            () => runner.RunAsync(CommandLine.Of("sleep", "600").WithTimeout(TimeSpan.FromSeconds(2))));

        Assert.Equal(TransportFailure.Timeout, ex.Failure);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(10), $"took {stopwatch.Elapsed}");
        Assert.True(await runner.IsMasterRunningAsync());
        Assert.Equal(0, (await runner.RunAsync(CommandLine.Of("true"))).ExitCode);
    }

    [SshdFact]
    public async Task Successive_calls_share_one_master_connection_and_close_ends_it()
    {
        EnsureSshd();
        // Given a multiplexing runner
        var runner = new SshCommandRunner(fixture.Sshd!.Target());
        var probe = CommandLine.Of("/bin/sh", "-c", "echo \"$SSH_CONNECTION\"");

        // When two commands run
        var first = await runner.RunAsync(probe);
        var masterUp = await runner.IsMasterRunningAsync();
        var second = await runner.RunAsync(probe);
        await runner.CloseAsync();
        var masterAfterClose = await runner.IsMasterRunningAsync();
        await runner.DisposeAsync();

        // Then both came over the same TCP connection (same client port), the master was up, and close ended it
        Assert.True(masterUp);
        Assert.Equal(first.Stdout, second.Stdout);
        Assert.False(masterAfterClose);
    }

    [SshdFact]
    public async Task Without_multiplexing_each_call_opens_its_own_connection()
    {
        EnsureSshd();
        await using var runner = new SshCommandRunner(fixture.Sshd!.Target(multiplex: false));
        var probe = CommandLine.Of("/bin/sh", "-c", "echo \"$SSH_CONNECTION\"");

        var first = await runner.RunAsync(probe);
        var second = await runner.RunAsync(probe);

        Assert.NotEqual(first.Stdout, second.Stdout);
        Assert.False(await runner.IsMasterRunningAsync());
    }

    [SshdFact]
    public async Task Parallel_first_calls_on_a_new_runner_all_succeed()
    {
        EnsureSshd();
        // Given a runner with no master yet, and ten callers at once (the poller and actions race like this)
        await using var runner = new SshCommandRunner(fixture.Sshd!.Target());

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => runner.RunAsync(CommandLine.Of("/bin/echo", i.ToString()))));

        Assert.Equal(Enumerable.Range(0, 10).Select(i => $"{i}\n"), results.Select(r => r.Stdout));
        Assert.True(await runner.IsMasterRunningAsync());
    }

    [SshdFact]
    public async Task A_cluster_whose_first_host_refuses_connections_is_served_by_the_second()
    {
        EnsureSshd();
        // Given host 1 on a closed port and host 2 the real sshd, with a probe that runs `true`
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var closedPort = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var target = fixture.Sshd!.Target();
        await using var cluster = new FailoverRunner(
            [new SshCommandRunner(target with { Port = closedPort }), new SshCommandRunner(target)],
            async (host, ct) => (await host.RunAsync(CommandLine.Of("true"), ct)).Succeeded ? HostVerdict.Ok : HostVerdict.Down("probe failed"));

        // When a command runs
        var result = await cluster.RunAsync(CommandLine.Of("/bin/echo", "served"));

        // Then the second host served it, and the change says the first one refused the connection
        output.WriteLine(cluster.History.Single().Reason);
        Assert.Equal("served\n", result.Stdout);
        Assert.Same(cluster.Hosts[1], cluster.Current);
        Assert.Contains("Connection refused", cluster.History.Single().Reason);
    }

    [SshdFact]
    public async Task A_jump_host_is_used_when_given()
    {
        EnsureSshd();
        // Given the sshd as its own jump host, configured through an ssh_config (-F reaches the jump ssh, -o does not)
        var sshd = fixture.Sshd!;
        await using var runner = new SshCommandRunner(sshd.ConfigFileTarget() with { Host = "localhost", JumpHost = $"{Environment.UserName}@{LoopbackSshd.Host}:{sshd.Port}" });

        // When a command runs
        var result = await runner.RunAsync(CommandLine.Of("/bin/sh", "-c", "echo \"$SSH_CONNECTION\""));

        // Then it ran: ssh started the jump hop (which read the same -F file), the jump server
        // forwarded the final hop (ssh -W), and the command came back over it
        output.WriteLine(result.Stdout + result.Stderr);
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("127.0.0.1 ", result.Stdout);
        Assert.Contains("-J", runner.BuildArgv(CommandLine.Of("true")));
    }

    [SshdFact]
    public async Task Cancellation_kills_the_ssh_client_promptly()
    {
        EnsureSshd();
        await using var runner = new SshCommandRunner(fixture.Sshd!.Target());
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(1500));
        var stopwatch = Stopwatch.StartNew();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => runner.RunAsync(CommandLine.Of("sleep", "600"), cts.Token));

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(10), $"took {stopwatch.Elapsed}");
    }

    [SshdFact]
    public async Task A_repeated_command_is_answered_by_one_kept_session_on_the_real_sshd_byte_identical()
    {
        EnsureSshd();
        // Given a poll whose output is hostile arguments and the pid of the shell that ran it
        string[] hostile = ["it's", "\"dq\"", "$(id)", "`id`", "a;b|c&d", "*", "~", "tab\there", "new\nline", "-n", "", "ünïcødé ✓ 日本", "'"];
        await using var runner = new SshCommandRunner(fixture.Sshd!.Target());
        var poll = CommandLine.Of(["/bin/sh", "-c", "printf '%s\\0' \"$@\"; echo $PPID >&2; exit 4", "sh", .. hostile]) with { Repeats = true };

        // When it runs five times
        var results = new List<CommandResult>();
        for (var i = 0; i < 5; i++)
            results.Add(await runner.RunAsync(poll));

        // Then every run returned the arguments exactly, with its exit status, and runs 2-5 came
        // from one remote shell (the kept session), the first from a shell of its own
        Assert.All(results, r =>
        {
            Assert.Equal(4, r.ExitCode);
            Assert.Equal([.. hostile, ""], r.Stdout.Split('\0'));
        });
        var shells = results.Select(r => r.Stderr).ToList();
        Assert.Single(shells.Skip(1).Distinct());
        Assert.NotEqual(shells[0], shells[1]);
    }
}
