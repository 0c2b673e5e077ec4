using System.Diagnostics;
using CrmTui.TestKit.Fakes;
using CrmTui.Transport;

namespace CrmTui.Transport.Tests.Ssh;

/// <summary>
/// Disposing the ssh runner is the way out of crmtui, and it must end within its bound whatever the
/// commands and the master do: the ssh client is replaced by fakes that ignore cancellation, never
/// end, or hang on <c>-O exit</c>.
/// </summary>
public sealed class SshRunnerShutdownTests : IDisposable
{
    // Generous against a loaded machine; the bounds under test are a fraction of it.
    private static readonly TimeSpan s_slack = TimeSpan.FromSeconds(3);
    private readonly string _controlDir = Directory.CreateTempSubdirectory("crmtui-ssh-test-").FullName;

    public void Dispose() => Directory.Delete(_controlDir, recursive: true);

    private SshCommandRunner Runner(ICommandRunner local) =>
        new(new SshTarget("node1"), SshControlDirectory.At(_controlDir), local)
        {
            DrainTimeout = TimeSpan.FromMilliseconds(200),
            ControlTimeout = TimeSpan.FromMilliseconds(300),
        };

    private static bool IsExit(CommandLine c) => c.Argv.Contains("-O") && c.Argv.Contains("exit");

    private static bool IsRemote(CommandLine c) => !c.Argv.Contains("-O");

    [Fact]
    public async Task A_command_whose_ssh_client_ignores_cancellation_does_not_hold_up_dispose_and_the_master_is_still_closed()
    {
        // Given a crm_mon whose ssh client never ends and ignores cancellation (a stuck fetch)
        var local = new RecordingRunner();
        var stuck = new TaskCompletionSource<CommandResult>();
        local.RespondAsync(IsRemote, (_, _) => stuck.Task);
        var runner = Runner(local);
        var fetch = runner.RunAsync(CommandLine.Of("crm_mon", "--output-as=xml"));

        // When the runner is disposed
        var clock = Stopwatch.StartNew();
        await runner.DisposeAsync();

        // Then it ended within its drain bound plus the -O exit, and -O exit was sent anyway
        Assert.True(clock.Elapsed < runner.DrainTimeout + runner.ControlTimeout + s_slack, $"dispose took {clock.Elapsed}");
        Assert.Single(local.Calls, IsExit);
        Assert.False(fetch.IsCompleted);
        stuck.SetResult(new CommandResult(0, "", "", TimeSpan.Zero));
    }

    [Fact]
    public async Task A_master_whose_O_exit_hangs_does_not_hold_up_dispose()
    {
        // Given a master that was used, and whose -O exit never answers and ignores cancellation
        var local = new RecordingRunner();
        local.RespondAsync(IsExit, (_, _) => new TaskCompletionSource<CommandResult>().Task);
        var runner = Runner(local);
        await runner.RunAsync(CommandLine.Of("true"));

        // When the runner is disposed
        var clock = Stopwatch.StartNew();
        await runner.DisposeAsync();

        // Then dispose gave up on -O exit after its control timeout (and a little)
        Assert.True(clock.Elapsed < runner.ControlTimeout + TimeSpan.FromSeconds(0.5) + s_slack, $"dispose took {clock.Elapsed}");
        Assert.Single(local.Calls, IsExit);
    }

    [Fact]
    public async Task Dispose_cancels_running_commands_first_and_sends_O_exit_after_they_ended()
    {
        // Given a command that runs until cancelled (a fetch in flight) and a stream that never ends by itself
        var order = new List<string>();
        var local = new RecordingRunner();
        local.RespondAsync(IsRemote, async (c, ct) =>
        {
            try
            {
                await Task.Delay(Timeout.Infinite, ct);
            }
            finally
            {
                lock (order)
                    order.Add("killed " + c.Argv[^1]);
            }
            return RecordingRunner.Success();
        });
        local.RespondAsync(IsExit, (_, _) =>
        {
            lock (order)
                order.Add("-O exit");
            return Task.FromResult(RecordingRunner.Success());
        });
        var streaming = new ScriptedStreamRunner(local);
        var runner = Runner(streaming);
        var fetch = runner.RunAsync(CommandLine.Of("crm_mon", "--output-as=xml"));
        var stream = runner.StreamAsync(CommandLine.Of("crm_mon", "--interval", "3600s"), _ => { }, CancellationToken.None);
        await streaming.StreamStarted;

        // When the runner is disposed
        await runner.DisposeAsync();

        // Then the fetch was killed before -O exit went out, and both callers were told the runner closed
        lock (order)
            Assert.Equal(["killed 'crm_mon' '--output-as=xml'", "-O exit"], order);
        var fetchError = await Assert.ThrowsAsync<TransportException>(() => fetch);
        Assert.Contains("closed", fetchError.Message, StringComparison.Ordinal);
        await Assert.ThrowsAnyAsync<Exception>(() => stream);
    }

    [Fact]
    public async Task After_dispose_no_command_runs_so_no_new_master_can_be_opened()
    {
        // Given a disposed runner that had a master
        var local = new RecordingRunner();
        var runner = Runner(local);
        await runner.RunAsync(CommandLine.Of("true"));
        await runner.DisposeAsync();
        var calls = local.Calls.Count;

        // When an action that was still on its way asks for a command
        var ex = await Assert.ThrowsAsync<TransportException>(() => runner.RunAsync(CommandLine.Of("crm_attribute", "--node", "n1")));

        // Then it is refused and no ssh client is started (ControlMaster=auto would have opened a new master)
        Assert.Equal(TransportFailure.InvalidRequest, ex.Failure);
        Assert.Equal(calls, local.Calls.Count);
    }

    [Fact]
    public async Task A_second_dispose_while_the_first_runs_shares_its_work_and_sends_O_exit_once()
    {
        // Given a used runner whose -O exit takes a while
        var release = new TaskCompletionSource<CommandResult>();
        var local = new RecordingRunner();
        local.RespondAsync(IsExit, (_, _) => release.Task);
        var runner = Runner(local);
        await runner.RunAsync(CommandLine.Of("true"));

        // When the normal shutdown and the forced one both dispose it
        var first = runner.DisposeAsync().AsTask();
        var second = runner.DisposeAsync().AsTask();
        release.SetResult(RecordingRunner.Success());
        await Task.WhenAll(first, second);

        // Then -O exit went out once
        Assert.Single(local.Calls, IsExit);
    }

    [Fact]
    public async Task In_flight_lists_what_runs_now()
    {
        // Given a fetch in flight
        var local = new RecordingRunner();
        local.RespondAsync(IsRemote, async (_, ct) =>
        {
            await Task.Delay(Timeout.Infinite, ct);
            return RecordingRunner.Success();
        });
        var runner = Runner(local);
        using var cancel = new CancellationTokenSource();
        var fetch = runner.RunAsync(CommandLine.Of("crm_mon", "--output-as=xml"), cancel.Token);

        // Then the runner names it, and forgets it once it ended
        Assert.Matches(@"^crm_mon for \d+\.\d s$", Assert.Single(runner.InFlight));
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => fetch);
        Assert.Empty(runner.InFlight);
        await runner.DisposeAsync();
    }
}
