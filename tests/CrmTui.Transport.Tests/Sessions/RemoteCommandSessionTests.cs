using System.Collections.Immutable;
using CrmTui.Transport;

namespace CrmTui.Transport.Tests.Sessions;

/// <summary>
/// The session's remote loop run by a local sh, as sshd hands a remote command to the login
/// shell's -c: what the command prints, on both outputs, and its exit status come back exact,
/// request after request, from one shell.
/// </summary>
public sealed class RemoteCommandSessionTests
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(10);
    private readonly LocalProcessRunner _local = new();

    // The remote command string run the way sshd runs it: by a shell's -c (plus an optional
    // prefix, standing in for what a login shell prints before the command).
    private Task<RemoteCommandSession> OpenAsync(string[] command, string prefix = "") =>
        RemoteCommandSession.OpenAsync(_local,
            ready => CommandLine.Of("sh", "-c", prefix + RemoteCommandSession.RemoteCommand(command, ready)), s_timeout, default);

    [Fact]
    public async Task Every_request_is_answered_by_the_same_remote_shell()
    {
        // Given a session for a command that prints its parent's pid (the loop's shell)
        using var session = await OpenAsync(["sh", "-c", "echo $PPID"]);

        // When it runs three times
        var pids = new List<string>();
        for (var i = 0; i < 3; i++)
            pids.Add((await session.RunAsync(s_timeout, default)).Stdout);

        // Then one shell ran all three
        Assert.Single(pids.Distinct());
        Assert.Matches("^[0-9]+\n$", pids[0]);
    }

    [Fact]
    public async Task Output_without_a_final_newline_stderr_and_the_exit_status_come_back_exact()
    {
        using var session = await OpenAsync(["sh", "-c", "printf 'out\\n\\nno newline'; printf 'err ✓' >&2; exit 3"]);

        for (var i = 0; i < 2; i++)
        {
            var result = await session.RunAsync(s_timeout, default);

            Assert.Equal((3, "out\n\nno newline", "err ✓"), (result.ExitCode, result.Stdout, result.Stderr));
        }
    }

    [Fact]
    public async Task Hostile_arguments_and_lines_that_look_like_the_protocol_travel_unchanged()
    {
        string[] hostile = ["it's", "$(id)", "`id`", "a;b|c&d", "*", "~", "tab\there", "new\nline", "-n", "", "ünï ✓", "0123456789abcdef 0", "\n"];
        using var session = await OpenAsync(["printf", "%s\\0", .. hostile]);

        var result = await session.RunAsync(s_timeout, default);

        Assert.Equal([.. hostile, ""], result.Stdout.Split('\0'));
    }

    [Fact]
    public async Task The_command_reads_dev_null_not_the_requests()
    {
        // cat on the session's input would swallow the next request
        using var session = await OpenAsync(["cat"]);

        Assert.Equal("", (await session.RunAsync(s_timeout, default)).Stdout);
        Assert.Equal(0, (await session.RunAsync(s_timeout, default)).ExitCode);
    }

    [Fact]
    public async Task What_a_login_shell_prints_before_the_loop_is_skipped()
    {
        using var session = await OpenAsync(["echo", "answer"], prefix: "echo 'Welcome to node1'; echo 'motd' >&2; ");

        var result = await session.RunAsync(s_timeout, default);

        Assert.Equal(("answer\n", ""), (result.Stdout, result.Stderr));
    }

    [Fact]
    public async Task A_large_output_comes_back_whole()
    {
        // Bigger than a pipe's buffer and than the reader's first buffer, on both outputs
        using var session = await OpenAsync(["sh", "-c", "seq 1 200000; seq 1 20000 >&2"]);

        var result = await session.RunAsync(s_timeout, default);

        Assert.Equal(200000, result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.EndsWith("\n200000\n", result.Stdout, StringComparison.Ordinal);
        Assert.EndsWith("\n20000\n", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_command_that_hangs_is_a_timeout_and_ends_the_session()
    {
        using var session = await OpenAsync(["sleep", "30"]);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        await Assert.ThrowsAsync<TimeoutException>(() => session.RunAsync(TimeSpan.FromMilliseconds(300), default));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.True(session.IsEnded);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => session.RunAsync(s_timeout, default));
    }

    [Fact]
    public async Task A_session_whose_shell_dies_says_so_with_what_it_printed()
    {
        // The command kills the loop's shell
        using var session = await OpenAsync(["sh", "-c", "echo going >&2; kill -9 $PPID"]);

        var ended = await Assert.ThrowsAsync<RemoteSessionEndedException>(() => session.RunAsync(s_timeout, default));

        Assert.Contains("going", ended.Stderr, StringComparison.Ordinal);
        Assert.True(session.IsEnded);
    }

    [Fact]
    public async Task A_session_that_cannot_start_says_so_with_its_exit_code_and_stderr()
    {
        var ended = await Assert.ThrowsAsync<RemoteSessionEndedException>(() => RemoteCommandSession.OpenAsync(_local,
            _ => CommandLine.Of("sh", "-c", "echo 'ssh: connect to host node1 port 22: Connection refused' >&2; exit 255"), s_timeout, default));

        Assert.Equal(255, ended.ExitCode);
        Assert.Contains("Connection refused", ended.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelling_a_request_ends_the_session()
    {
        using var session = await OpenAsync(["sleep", "30"]);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => session.RunAsync(s_timeout, cancel.Token));

        Assert.True(session.IsEnded);
    }

    [Fact]
    public void The_remote_command_quotes_every_word_once()
    {
        var remote = RemoteCommandSession.RemoteCommand(ImmutableArray.Create("crm_mon", "it's"), "abc");

        Assert.StartsWith("'sh' '-c' 'r=$1; shift", remote, StringComparison.Ordinal);
        Assert.EndsWith("' 'crmtui-session' 'abc' 'crm_mon' 'it'\\''s'", remote, StringComparison.Ordinal);
    }
}
