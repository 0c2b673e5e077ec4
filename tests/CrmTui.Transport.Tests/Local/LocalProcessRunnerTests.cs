using System.Diagnostics;
using CrmTui.Transport;

namespace CrmTui.Transport.Tests.Local;

public sealed class LocalProcessRunnerTests
{
    private readonly LocalProcessRunner _runner = new();

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(102)]
    public async Task The_exit_code_is_returned_whatever_it_is(int code)
    {
        var result = await _runner.RunAsync(CommandLine.Of("sh", "-c", "exit \"$1\"", "sh", code.ToString()));

        Assert.Equal(code, result.ExitCode);
        Assert.Equal(code == 0, result.Succeeded);
    }

    [Fact]
    public async Task Stdout_and_stderr_come_back_separately_with_a_measured_duration()
    {
        var result = await _runner.RunAsync(CommandLine.Of("sh", "-c", "printf out; printf err >&2; sleep 0.1"));

        Assert.Equal("out", result.Stdout);
        Assert.Equal("err", result.Stderr);
        Assert.True(result.Duration >= TimeSpan.FromMilliseconds(100), $"duration {result.Duration}");
    }

    [Fact]
    public async Task Arguments_arrive_unchanged_without_a_shell_in_between()
    {
        string[] hostile = ["a'b", "$(id)", "`id`", ";|&*~", "tab\there", "new\nline", "-n", "", "ünï ✓"];

        var result = await _runner.RunAsync(CommandLine.Of(["printf", "%s\\0", .. hostile]));

        Assert.Equal([.. hostile, ""], result.Stdout.Split('\0'));
    }

    [Fact]
    public async Task Two_megabytes_on_both_streams_do_not_deadlock()
    {
        // Given a child writing 2 MB to stdout and 2 MB to stderr, interleaved, far beyond a 64 KB pipe buffer
        var command = CommandLine.Of("sh", "-c", "head -c 2097152 /dev/zero | tr '\\0' x; head -c 2097152 /dev/zero | tr '\\0' y >&2")
            .WithTimeout(TimeSpan.FromSeconds(60));

        var result = await _runner.RunAsync(command);

        Assert.Equal(2 * 1024 * 1024, result.Stdout.Length);
        Assert.Equal(2 * 1024 * 1024, result.Stderr.Length);
        Assert.All(result.Stdout.Distinct(), c => Assert.Equal('x', c));
    }

    [Fact]
    public async Task Standard_input_is_written_then_closed()
    {
        var result = await _runner.RunAsync(CommandLine.Of("cat") with { StandardInput = "<cib/>\nline 2 ✓" });

        Assert.Equal("<cib/>\nline 2 ✓", result.Stdout);
    }

    [Fact]
    public async Task Without_input_stdin_is_closed_so_a_reader_sees_end_of_file_at_once()
    {
        var result = await _runner.RunAsync(CommandLine.Of("cat").WithTimeout(TimeSpan.FromSeconds(10)));

        Assert.Equal(("", 0), (result.Stdout, result.ExitCode));
    }

    [Fact]
    public async Task Environment_variables_are_added_to_the_inherited_ones()
    {
        var command = CommandLine.Of("sh", "-c", "printf '%s|%s' \"$CIB_file\" \"${HOME:+home-set}\"")
            .WithEnvironment("CIB_file", "/tmp/with space.xml");

        var result = await _runner.RunAsync(command);

        var home = Environment.GetEnvironmentVariable("HOME") is { Length: > 0 } ? "home-set" : "";
        Assert.Equal($"/tmp/with space.xml|{home}", result.Stdout);
    }

    [Fact]
    public async Task A_missing_program_is_reported_as_program_not_found()
    {
        var ex = await Assert.ThrowsAsync<TransportException>(
            () => _runner.RunAsync(CommandLine.Of("crmtui-no-such-program-4711", "--help")));

        Assert.Equal(TransportFailure.ProgramNotFound, ex.Failure);
        Assert.Contains("crmtui-no-such-program-4711", ex.Message);
        Assert.Equal("local", ex.Target);
    }

    [Fact]
    public async Task A_missing_program_given_by_path_is_reported_as_program_not_found()
    {
        var ex = await Assert.ThrowsAsync<TransportException>(() => _runner.RunAsync(CommandLine.Of("/nonexistent/bin/crm_mon")));

        Assert.Equal(TransportFailure.ProgramNotFound, ex.Failure);
    }

    [Fact]
    public async Task An_empty_argv_is_an_invalid_request()
    {
        var ex = await Assert.ThrowsAsync<TransportException>(() => _runner.RunAsync(new CommandLine([])));

        Assert.Equal(TransportFailure.InvalidRequest, ex.Failure);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_timeout_kills_the_child_and_its_sleeping_grandchild(bool processGroup)
    {
        // Given a shell that starts a grandchild sleeping 600 s and reports its pid, then waits for it
        var runner = new LocalProcessRunner(processGroup);
        var pidFile = Path.Combine(Path.GetTempPath(), $"crmtui-grandchild-{Guid.NewGuid():N}");
        var command = CommandLine.Of("sh", "-c", "sleep 600 & echo $! > \"$1\"; wait", "sh", pidFile)
            .WithTimeout(TimeSpan.FromSeconds(1));
        var stopwatch = Stopwatch.StartNew();

        // When it runs past its timeout
        var ex = await Assert.ThrowsAsync<TransportException>(() => runner.RunAsync(command));

        // Then it is reported as a timeout, promptly, and the grandchild is gone too
        Assert.Equal(TransportFailure.Timeout, ex.Failure);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(15), $"took {stopwatch.Elapsed}");
        var grandchild = int.Parse(File.ReadAllText(pidFile).Trim());
        File.Delete(pidFile);
        Assert.True(await ProcessState.WaitGoneAsync(grandchild, TimeSpan.FromSeconds(5)), $"grandchild {grandchild} still alive");
    }

    [Fact]
    public async Task A_detached_grandchild_holding_the_pipes_dies_with_the_group_at_the_timeout()
    {
        // Given a child that leaves a background sleeper holding stdout open and exits at once
        var runner = new LocalProcessRunner();
        if (!runner.UsesProcessGroups)
            return; // only the process-group mode can reach a re-parented grandchild
        var command = CommandLine.Of("sh", "-c", "sleep 600 & echo started").WithTimeout(TimeSpan.FromSeconds(1));

        // When it runs
        var result = await runner.RunAsync(command);

        // Then the exit of the child is reported, not a hang
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("started\n", result.Stdout);
    }

    [Fact]
    public async Task With_process_groups_the_child_leads_its_own_group()
    {
        var runner = new LocalProcessRunner();
        if (!runner.UsesProcessGroups)
            return; // setsid is absent: the tree-kill fallback is tested above

        var result = await runner.RunAsync(CommandLine.Of("sh", "-c", "echo $$ $(ps -o pgid= -p $$)"));

        var parts = result.Stdout.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(parts[0], parts[1]);
    }

    [Fact]
    public async Task Cancellation_kills_the_child_and_throws_operation_canceled()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var stopwatch = Stopwatch.StartNew();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => _runner.RunAsync(CommandLine.Of("sleep", "600"), cts.Token));

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(15), $"took {stopwatch.Elapsed}");
    }

    [Fact]
    public void Format_is_the_posix_quoted_argv_on_one_line()
    {
        Assert.Equal("crm_resource --cleanup --resource 'r;1'", _runner.Format(CommandLine.Of("crm_resource", "--cleanup", "--resource", "r;1")));
    }
}
