using CrmTui.Transport;
using CrmTui.Transport.Tests.Local;

namespace CrmTui.Transport.Tests.Sessions;

/// <summary>
/// The ssh runner keeps one session per repeated command. The ssh client is a stand-in script
/// that logs each start and runs the remote command with sh -c, as sshd would.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class SshRunnerSessionTests : IDisposable
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(10);
    private readonly string _dir = Directory.CreateTempSubdirectory("crmtui-session-test-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Log => Path.Combine(_dir, "ssh.log");

    // A stand-in ssh: logs its start, answers -O at once, runs the last argument (the remote
    // command) with sh -c; a file "refuse" makes it fail like a refused connection.
    private SshCommandRunner Runner(bool useSessions = true, TimeSpan? idleLimit = null)
    {
        var ssh = Path.Combine(_dir, "ssh");
        File.WriteAllText(ssh, $$"""
            #!/bin/sh
            for a; do last=$a; done
            case " $* " in *" -O "*) exit 0;; esac
            echo start >> '{{Log}}'
            if [ -e '{{_dir}}/refuse' ]; then echo 'ssh: connect to host node1 port 22: Connection refused' >&2; exit 255; fi
            exec sh -c "$last"
            """);
        File.SetUnixFileMode(ssh, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return new SshCommandRunner(new SshTarget("node1"), SshControlDirectory.At(_dir), new LocalProcessRunner(), ssh)
        {
            UseSessions = useSessions,
            SessionIdleLimit = idleLimit ?? TimeSpan.FromMinutes(5),
        };
    }

    private int Starts => File.Exists(Log) ? File.ReadAllLines(Log).Length : 0;

    private static CommandLine Poll(params string[] argv) => CommandLine.Of(argv).WithTimeout(s_timeout) with { Repeats = true };

    [Fact]
    public async Task A_repeated_command_runs_on_its_own_once_then_in_one_kept_session()
    {
        await using var runner = Runner();
        var command = Poll("sh", "-c", "echo $PPID; echo warn >&2; exit 2");

        var results = new List<CommandResult>();
        for (var i = 0; i < 5; i++)
            results.Add(await runner.RunAsync(command));

        // One ssh client for the first run, one for the session that answered the other four
        Assert.Equal(2, Starts);
        Assert.All(results, r => Assert.Equal((2, "warn\n"), (r.ExitCode, r.Stderr)));
        Assert.Single(results.Skip(1).Select(r => r.Stdout).Distinct());
    }

    [Fact]
    public async Task A_command_not_marked_repeated_or_with_input_or_with_sessions_off_gets_an_ssh_client_each_run()
    {
        await using var runner = Runner();
        await using var off = Runner(useSessions: false);
        for (var i = 0; i < 3; i++)
        {
            await runner.RunAsync(Poll("true") with { Repeats = false });
            await runner.RunAsync(Poll("cat") with { StandardInput = "x" });
            await off.RunAsync(Poll("true"));
        }

        Assert.Equal(9, Starts);
    }

    [Fact]
    public async Task Each_distinct_command_gets_its_own_session_and_its_own_answers()
    {
        await using var runner = Runner();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal("a\n", (await runner.RunAsync(Poll("echo", "a"))).Stdout);
            Assert.Equal("b\n", (await runner.RunAsync(Poll("echo", "b"))).Stdout);
            Assert.Equal("c\n", (await runner.RunAsync(Poll("echo", "c") with { Environment = Poll("x").Environment.Add("V", "1") })).Stdout);
        }

        Assert.Equal(6, Starts);
    }

    [Fact]
    public async Task A_session_that_dies_is_replaced_and_the_run_still_answers()
    {
        await using var runner = Runner();
        var marker = Path.Combine(_dir, "kill-once");
        File.WriteAllText(marker, "");
        // The second run (the session's first) kills the session's shell, once
        var command = Poll("sh", "-c", $"if [ -e '{marker}' ] && [ -n \"$PPID\" ] && [ $(cat '{Log}' | wc -l) -ge 2 ]; then rm '{marker}'; kill -9 $PPID; fi; echo ok");

        var results = new List<string>();
        for (var i = 0; i < 4; i++)
            results.Add((await runner.RunAsync(command)).Stdout);

        Assert.All(results, r => Assert.Equal("ok\n", r));
        Assert.False(File.Exists(marker));
        // first run, the session that died, the run on its own that answered instead, a new session
        Assert.Equal(4, Starts);
    }

    [Fact]
    public async Task A_refused_connection_when_the_session_opens_is_the_connection_failure()
    {
        await using var runner = Runner();
        await runner.RunAsync(Poll("true"));
        File.WriteAllText(Path.Combine(_dir, "refuse"), "");

        var failure = await Assert.ThrowsAsync<TransportException>(() => runner.RunAsync(Poll("true")));

        Assert.Equal(TransportFailure.ConnectionFailed, failure.Failure);
        Assert.Contains("node1", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_poll_that_hangs_in_the_session_is_a_timeout_that_names_the_host()
    {
        await using var runner = Runner();
        var marker = Path.Combine(_dir, "hang");
        var command = Poll("sh", "-c", $"[ -e '{marker}' ] && sleep 30; echo ok").WithTimeout(TimeSpan.FromMilliseconds(700));
        await runner.RunAsync(command);
        await runner.RunAsync(command);
        File.WriteAllText(marker, "");

        var failure = await Assert.ThrowsAsync<TransportException>(() => runner.RunAsync(command));

        Assert.Equal(TransportFailure.Timeout, failure.Failure);
        Assert.Contains("on node1 did not finish within 0.7 s", failure.Message, StringComparison.Ordinal);
        File.Delete(marker);
        Assert.Equal("ok\n", (await runner.RunAsync(command)).Stdout);
    }

    [Fact]
    public async Task A_host_where_sessions_cannot_start_falls_back_to_a_client_per_run_and_stops_trying()
    {
        // A restricted account: the login shell runs only what it is given when it is not sh -c
        await using var runner = Runner();
        var ssh = Path.Combine(_dir, "ssh");
        File.WriteAllText(ssh, File.ReadAllText(ssh).Replace("exec sh -c \"$last\"", "case $last in \"'sh' '-c'\"*) echo 'not allowed' >&2; exit 1;; esac; exec sh -c \"$last\""));

        for (var i = 0; i < 8; i++)
            Assert.Equal("ok\n", (await runner.RunAsync(Poll("echo", "ok"))).Stdout);

        // 8 runs on their own + the 3 session attempts before giving up
        Assert.Equal(8 + SessionSlotFailures, Starts);
    }

    private const int SessionSlotFailures = 3;

    [Fact]
    public async Task A_session_left_unused_past_the_idle_limit_is_ended_when_another_command_runs()
    {
        // Given two repeated commands with sessions, the first one's loop shell known
        await using var runner = Runner(idleLimit: TimeSpan.FromSeconds(3));
        var pidFile = Path.Combine(_dir, "pid");
        var idle = Poll("sh", "-c", $"echo $PPID > '{pidFile}'");
        await runner.RunAsync(idle);
        await runner.RunAsync(idle);
        var loopShell = int.Parse(File.ReadAllText(pidFile).Trim(), System.Globalization.CultureInfo.InvariantCulture);
        await runner.RunAsync(Poll("true"));
        await runner.RunAsync(Poll("true"));
        Assert.False(ProcessState.IsGone(loopShell));

        // When only the other command runs, past the idle limit
        await Task.Delay(TimeSpan.FromSeconds(3.5));
        await runner.RunAsync(Poll("true"));

        // Then the idle session was ended, and its command still runs (a new session later)
        Assert.True(await ProcessState.WaitGoneAsync(loopShell, TimeSpan.FromSeconds(5)), $"the loop shell {loopShell} still runs after 5 s");
        Assert.Equal("", (await runner.RunAsync(idle)).Stdout);
        // each command: its first run on its own, then a session; then one new session for the idle one
        Assert.Equal(5, Starts);
    }

    [Fact]
    public async Task Disposing_the_runner_ends_its_sessions()
    {
        var runner = Runner();
        var pidFile = Path.Combine(_dir, "pid");
        var command = Poll("sh", "-c", $"echo $PPID > '{pidFile}'");
        await runner.RunAsync(command);
        await runner.RunAsync(command);
        var loopShell = int.Parse(File.ReadAllText(pidFile).Trim(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(Directory.Exists($"/proc/{loopShell}"));

        await runner.DisposeAsync();

        Assert.True(await ProcessState.WaitGoneAsync(loopShell, TimeSpan.FromSeconds(5)), $"the loop shell {loopShell} still runs after 5 s");
    }
}
