using System.Threading.Channels;
using CrmTui.Transport;

namespace CrmTui.Transport.Tests.Local;

public sealed class LocalStreamTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly LocalProcessRunner _runner = new();

    [Fact]
    public async Task Lines_arrive_while_the_command_is_still_running()
    {
        // Given a command that prints one line, then waits for a file before printing the next
        var gate = Path.Combine(Path.GetTempPath(), "crmtui-stream-" + Guid.NewGuid().ToString("N"));
        var lines = Channel.CreateUnbounded<string>();
        var stream = _runner.StreamAsync(
            CommandLine.Of("sh", "-c", "echo first; while [ ! -e \"$1\" ]; do sleep 0.05; done; echo second; echo oops >&2; exit 3", "sh", gate),
            line => lines.Writer.TryWrite(line), CancellationToken.None);
        try
        {
            // Then the first line is delivered before the command goes on
            using var timeout = new CancellationTokenSource(Patience);
            Assert.Equal("first", await lines.Reader.ReadAsync(timeout.Token));
            Assert.False(stream.IsCompleted);

            // When it is let go, the rest arrives and the exit code and stderr come back
            await File.WriteAllTextAsync(gate, "");
            var result = await stream.WaitAsync(Patience);
            Assert.Equal("second", await lines.Reader.ReadAsync(timeout.Token));
            Assert.Equal(3, result.ExitCode);
            Assert.Equal("", result.Stdout);
            Assert.Equal("oops\n", result.Stderr);
        }
        finally
        {
            File.Delete(gate);
        }
    }

    [Fact]
    public async Task Cancelling_a_stream_kills_it_and_its_children()
    {
        var pidFile = Path.GetTempFileName();
        try
        {
            using var cts = new CancellationTokenSource();
            var started = new TaskCompletionSource();
            var stream = _runner.StreamAsync(
                CommandLine.Of("sh", "-c", "sleep 300 & echo $! > \"$1\"; echo up; wait", "sh", pidFile),
                _ => started.TrySetResult(), cts.Token);
            await started.Task.WaitAsync(Patience);
            var child = int.Parse((await File.ReadAllTextAsync(pidFile)).Trim());

            await cts.CancelAsync();

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => stream.WaitAsync(Patience));
            Assert.True(await ProcessState.WaitGoneAsync(child, Patience),
                $"the grandchild {child} survived the cancellation");
        }
        finally
        {
            File.Delete(pidFile);
        }
    }

    [Fact]
    public async Task A_missing_program_is_a_transport_failure()
    {
        var e = await Assert.ThrowsAsync<TransportException>(() =>
            _runner.StreamAsync(CommandLine.Of("crmtui-no-such-program"), _ => { }, CancellationToken.None));

        Assert.Equal(TransportFailure.ProgramNotFound, e.Failure);
    }
}
