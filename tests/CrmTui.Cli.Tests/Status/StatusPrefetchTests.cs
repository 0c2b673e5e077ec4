using CrmTui.Cli.Verbs;
using CrmTui.TestKit.Fakes;
using CrmTui.Transport;

namespace CrmTui.Cli.Tests.Status;

public sealed class StatusPrefetchTests
{
    private static readonly string HealthyXml = File.ReadAllText(Corpus.Fixture("healthy.xml"));

    [Theory]
    [InlineData("status")]
    [InlineData("status --once")]
    [InlineData("status --output json")]
    [InlineData("status -o xml --once --read-only")]
    public void A_plain_local_status_is_prefetched(string args) =>
        Assert.True(StatusPrefetch.IsPlainLocalStatus(args.Split(' ')));

    [Theory]
    [InlineData("")]
    [InlineData("check")]
    [InlineData("status --host n1")]
    [InlineData("status --watch")]
    [InlineData("status --timeout 5")]
    [InlineData("status --cib-file x.xml")]
    [InlineData("status --xml-file x.xml")]
    [InlineData("status --output yaml")]
    [InlineData("status --output")]
    [InlineData("status --help")]
    [InlineData("status --config c.toml")]
    [InlineData("status extra")]
    public void Anything_else_is_not(string args) =>
        Assert.False(StatusPrefetch.IsPlainLocalStatus(args.Length == 0 ? [] : args.Split(' ')));

    [Fact]
    public async Task The_verb_takes_the_prefetched_crm_mon_instead_of_running_its_own()
    {
        var early = new RecordingRunner("local").WhenProgram("crm_mon", stdout: HealthyXml);
        var late = new RecordingRunner("local").WhenProgram("crm_mon", stdout: HealthyXml);
        await using var prefetch = StatusPrefetch.TryStart(["status", "--once"], early);

        Assert.NotNull(prefetch);
        var (exit, output, _) = await VerbRun.RunAsync(StatusVerb.Create(_ => late, prefetch: prefetch), ["--once"]);

        Assert.Equal(StatusExitCode.Ok, exit);
        Assert.Contains("  * Node alpha: online (DC)\n", output);
        Assert.Equal(["crm_mon", "--output-as=xml"], Assert.Single(early.Argvs));
        Assert.Empty(late.Calls);
    }

    [Fact]
    public async Task A_request_that_needs_another_command_runs_its_own_and_the_prefetch_is_dropped()
    {
        var early = new RecordingRunner("local").WhenProgram("crm_mon", stdout: HealthyXml);
        var late = new RecordingRunner("local").WhenProgram("crm_mon", stdout: HealthyXml);
        var prefetch = StatusPrefetch.TryStart(["status"], early)!;

        var (exit, _, _) = await VerbRun.RunAsync(StatusVerb.Create(_ => late, prefetch: prefetch), ["--timeout", "5"]);
        await prefetch.DisposeAsync();

        Assert.Equal(StatusExitCode.Ok, exit);
        Assert.Equal(TimeSpan.FromSeconds(5), Assert.Single(late.Calls).Timeout);
        Assert.False(prefetch.TryTake(prefetch.Command, localTarget: true, out _));
    }

    [Fact]
    public async Task The_result_is_taken_once_and_only_for_the_same_local_command()
    {
        await using var prefetch = StatusPrefetch.TryStart(["status"], new RecordingRunner("local"))!;

        Assert.False(prefetch.TryTake(prefetch.Command, localTarget: false, out _));
        Assert.False(prefetch.TryTake(prefetch.Command.WithTimeout(TimeSpan.FromSeconds(3)), localTarget: true, out _));
        Assert.False(prefetch.TryTake(prefetch.Command.WithEnvironment("CIB_file", "/x"), localTarget: true, out _));
        Assert.True(prefetch.TryTake(prefetch.Command with { }, localTarget: true, out var result));
        Assert.Equal(0, (await result).ExitCode);
        Assert.False(prefetch.TryTake(prefetch.Command, localTarget: true, out _));
    }

    [Fact]
    public async Task An_unused_prefetch_is_cancelled_when_disposed()
    {
        var started = new TaskCompletionSource();
        var runner = new RecordingRunner("local").RespondAsync(_ => true, async (_, token) =>
        {
            started.SetResult();
            await Task.Delay(Timeout.Infinite, token);
            return new CommandResult(0, "", "", TimeSpan.Zero);
        });
        var prefetch = StatusPrefetch.TryStart(["status"], runner)!;
        await started.Task;

        await prefetch.DisposeAsync();

        Assert.True(prefetch.Result.IsCanceled);
    }
}
