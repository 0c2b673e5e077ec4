using CrmTui.Cli.Tests.Status;
using CrmTui.Cli.Verbs;
using CrmTui.Core.Timeline;
using CrmTui.TestKit.Fakes;

namespace CrmTui.Cli.Tests.Events;

public sealed class EventsVerbTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 11, 0, 0, TimeSpan.Zero);
    private static readonly string Trouble = Corpus.Fixture("trouble.xml");
    private readonly string _log = Path.Combine(Path.GetTempPath(), $"crmtui-events-{Guid.NewGuid():N}.jsonl");

    public void Dispose() => File.Delete(_log);

    [Fact]
    public async Task Without_follow_it_prints_the_fence_history_and_failures_oldest_first_with_ages()
    {
        var (exit, output, error) = await VerbRun.RunAsync(EventsVerb.Create(time: new FixedClock(Now)), ["--xml-file", Trouble]);

        Assert.Equal((StatusExitCode.Ok, ""), (exit, error));
        Assert.Equal(
            "2026-11-20 10:59:00Z  1m ago     report start failed on alpha (error: cannot open /srv/report: Permission denied)\n" +
            "2026-11-20 10:59:30Z  30s ago    app monitor failed on alpha (not running)\n" +
            "2026-11-20 10:59:40Z  20s ago    beta: fence reboot failed (requested by alpha): no fence device\n" +
            "2026-11-20 10:59:50Z  10s ago    delta: fence off pending (requested by alpha)\n",
            output.Replace("\r", ""));
    }

    [Fact]
    public async Task Json_output_is_one_record_per_line_and_append_then_log_gives_them_back()
    {
        // Given the events printed as JSON and appended to a file
        var (exit, json, _) = await VerbRun.RunAsync(EventsVerb.Create(time: new FixedClock(Now)), ["--xml-file", Trouble, "--output", "json", "--append", _log]);
        Assert.Equal(StatusExitCode.Ok, exit);
        var lines = json.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.All(lines, line => Assert.NotNull(TimelineJson.TryParse(line)));
        Assert.Equal("FenceEventRecorded", TimelineJson.TryParse(lines[2])!.Kind);

        // When the file is read back with --log
        var (logExit, fromLog, _) = await VerbRun.RunAsync(EventsVerb.Create(time: new FixedClock(Now)), ["--log", _log, "--output", "json"]);

        // Then the same records come out
        Assert.Equal(StatusExitCode.Ok, logExit);
        Assert.Equal(json, fromLog);
    }

    [Fact]
    public async Task A_missing_log_file_is_an_unreadable_source()
    {
        var (exit, _, error) = await VerbRun.RunAsync(EventsVerb.Create(), ["--log", _log]);

        Assert.Equal(StatusExitCode.Unreadable, exit);
        Assert.Contains($"cannot read {_log}", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--follow", "--xml-file", "x.xml")]
    [InlineData("--log", "x.jsonl", "--follow")]
    [InlineData("--log", "x.jsonl", "--host", "node1")]
    public async Task Options_that_cannot_go_together_are_refused(params string[] args)
    {
        var (exit, _, error) = await VerbRun.RunAsync(EventsVerb.Create(), args);

        Assert.Equal(StatusExitCode.Usage, exit);
        Assert.NotEqual("", error);
    }

    [Fact]
    public async Task Follow_prints_each_change_the_watcher_fetches_until_interrupted()
    {
        // Given a cluster that answers healthy, then with beta in standby after the stream signals
        var healthy = File.ReadAllText(Corpus.Fixture("healthy.xml"));
        var standby = healthy.Replace("<node name=\"beta\" id=\"2\" online=\"true\" standby=\"false\"", "<node name=\"beta\" id=\"2\" online=\"true\" standby=\"true\"", StringComparison.Ordinal);
        Assert.NotEqual(healthy, standby);
        var runner = new ScriptedStreamRunner();
        runner.Inner.WhenProgram("crm_mon", stdout: standby).WhenProgram("crm_mon", stdout: healthy, times: 2);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var output = new LineWriter(line => { if (line.Contains("standby", StringComparison.Ordinal)) stop.Cancel(); });

        // When it follows and the stream prints
        var run = EventsVerb.Create(_ => runner, new FixedClock(Now)).Parse(["--follow", "--host", "beta", "--append", _log])
            .InvokeAsync(new System.CommandLine.InvocationConfiguration { Output = output, Error = TextWriter.Null }, stop.Token);
        await runner.StreamStarted.WaitAsync(TimeSpan.FromSeconds(10));
        runner.Push("Cluster Summary:");
        var exit = await run;

        // Then the change was printed and appended, and interrupting ended it cleanly
        Assert.Equal(StatusExitCode.Ok, exit);
        Assert.Equal("2026-11-20 11:00:00Z  just now   beta: online → standby", Assert.Single(output.Lines));
        Assert.Equal("beta: online → standby", Assert.Single(TimelineFile.Read(_log).Records).Text);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private sealed class LineWriter(Action<string> onLine) : StringWriter
    {
        private readonly List<string> _lines = [];

        public IReadOnlyList<string> Lines
        {
            get { lock (_lines) return [.. _lines]; }
        }

        public override void WriteLine(string? value)
        {
            lock (_lines) _lines.Add(value ?? "");
            onLine(value ?? "");
        }

        public override Task WriteLineAsync(string? value)
        {
            WriteLine(value);
            return Task.CompletedTask;
        }
    }
}
