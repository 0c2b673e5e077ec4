using CrmTui.TestKit.Fakes;
using CrmTui.Transport;

namespace CrmTui.Transport.Tests.Fakes;

public sealed class RecordingRunnerTests
{
    [Fact]
    public async Task Unscripted_calls_succeed_with_empty_output_and_are_recorded_in_order()
    {
        var runner = new RecordingRunner();

        var first = await runner.RunAsync(CommandLine.Of("crm_mon", "--output-as=xml"));
        await runner.RunAsync(CommandLine.Of("crm_attribute", "--node", "n1"));

        Assert.Equal(0, first.ExitCode);
        Assert.Equal("", first.Stdout);
        Assert.Equal(["crm_mon", "--output-as=xml"], runner.Argvs[0]);
        Assert.Equal(["crm_attribute", "--node", "n1"], runner.Argvs[1]);
    }

    [Fact]
    public async Task The_newest_matching_rule_answers_and_a_counted_rule_is_used_up()
    {
        var runner = new RecordingRunner()
            .WhenProgram("crm_mon", stdout: "<xml/>")
            .WhenProgram("crm_mon", exitCode: 102, stderr: "down", times: 1);

        var first = await runner.RunAsync(CommandLine.Of("crm_mon"));
        var second = await runner.RunAsync(CommandLine.Of("crm_mon"));
        var other = await runner.RunAsync(CommandLine.Of("true"));

        Assert.Equal((102, "down"), (first.ExitCode, first.Stderr));
        Assert.Equal((0, "<xml/>"), (second.ExitCode, second.Stdout));
        Assert.Equal(runner.Default, other);
        Assert.Equal(2, runner.CallsTo("crm_mon").Count);
    }

    [Fact]
    public async Task A_throwing_rule_raises_a_transport_exception_with_its_failure()
    {
        var runner = new RecordingRunner("ssh n1").Throws(c => c.Program == "crm_mon", TransportFailure.ConnectionFailed);

        var ex = await Assert.ThrowsAsync<TransportException>(() => runner.RunAsync(CommandLine.Of("crm_mon")));

        Assert.Equal(TransportFailure.ConnectionFailed, ex.Failure);
        Assert.Equal("ssh n1", ex.Target);
    }

    [Fact]
    public async Task An_async_rule_sees_the_callers_cancellation()
    {
        var runner = new RecordingRunner()
            .RespondAsync(_ => true, async (_, ct) => { await Task.Delay(Timeout.Infinite, ct); return RecordingRunner.Success(); });
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => runner.RunAsync(CommandLine.Of("sleep", "600"), cts.Token));
    }

    [Fact]
    public void Format_quotes_like_a_posix_shell()
    {
        var runner = new RecordingRunner();

        Assert.Equal("crm_resource --resource 'my rsc'", runner.Format(CommandLine.Of("crm_resource", "--resource", "my rsc")));
    }
}
