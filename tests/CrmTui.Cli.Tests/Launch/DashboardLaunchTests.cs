using CrmTui.Cli.Launch;
using CrmTui.Cli.Tests.Status;
using CrmTui.Cli.Verbs.Target;
using CrmTui.Commands;
using CrmTui.Commands.Audit;
using CrmTui.Commands.Status;
using CrmTui.Commands.Watch;
using CrmTui.Core.Model;
using CrmTui.Core.Parsing;
using CrmTui.Core.Recording;
using CrmTui.TestKit.Fakes;
using CrmTui.Transport;
using CrmTui.Tui.App;
using CrmTui.Tui.Fleet;
using CrmTui.Tui.Input;
using CrmTui.Tui.Terminal;
using CrmTui.Tui.Theming;

namespace CrmTui.Cli.Tests.Launch;

/// <summary><c>crmtui</c> with no verb, from the root command to the options the dashboard gets (the dashboard itself is replaced).</summary>
public sealed class DashboardLaunchTests : IDisposable
{
    private readonly string _home = Directory.CreateTempSubdirectory("crmtui-launch-").FullName;
    private readonly List<DashboardOptions> _dashboards = [];
    private readonly List<IReadOnlyList<DashboardOptions>> _fleets = [];
    private readonly List<ClusterTarget> _targets = [];
    private readonly List<DisposableRunner> _runners = [];
    private bool _localAnswers;
    private Action<DashboardOptions>? _whileOpen;
    private bool _terminal = true;
    private Func<ClusterTarget, ICommandRunner>? _runnerFor;
    private Func<DashboardOptions, CancellationToken, Task<int>>? _dashboard;
    private Func<int, Task>? _forced;
    private CancellationTokenSource? _signalled;

    private string ConfigFile => Path.Combine(_home, "config", "crmtui", "config.toml");

    [Fact]
    public async Task Nothing_configured_and_no_local_cluster_prints_how_to_start_and_exits_3()
    {
        var (exit, output, error) = await RunAsync();

        Assert.Equal(LaunchExitCode.NoCluster, exit);
        Assert.Equal("", output);
        Assert.Contains("crmtui demo", error);
        Assert.Contains($"crmtui config example > {ConfigFile}", error);
        Assert.Empty(_dashboards);
    }

    [Fact]
    public async Task A_local_cluster_opens_with_the_built_in_defaults()
    {
        _localAnswers = true;

        var (exit, _, error) = await RunAsync();

        Assert.True(exit == 0, error);
        var options = Assert.Single(_dashboards);
        Assert.True(Assert.Single(_targets).IsLocal);
        Assert.Equal(TimeSpan.FromSeconds(2), options.PollInterval);
        Assert.Equal(Danger.Disruptive, options.ConfirmFrom);
        Assert.Null(options.Glyphs);
        Assert.False(options.Executor.ReadOnly);
        Assert.Equal(Path.Combine(_home, "state", "crmtui", "audit.jsonl"), Assert.IsType<JsonLinesAuditLog>(options.Audit).Path);
    }

    [Fact]
    public async Task Defaults_and_keys_from_the_file_reach_the_dashboard()
    {
        Write("""
            [defaults]
            refresh_interval = "5s"
            safety_interval = "2m"
            read_only = true
            confirm = "never"
            glyphs = "ascii"

            [keys]
            "ctrl+f" = "node.fence"

            [[cluster]]
            name = "prod"
            hosts = ["p1", "p2"]
            """);

        var (exit, _, error) = await RunAsync();

        Assert.True(exit == 0, error);
        var options = Assert.Single(_dashboards);
        Assert.Equal(["p1", "p2"], Assert.Single(_targets).Hosts.ToArray());
        Assert.Equal(TimeSpan.FromSeconds(5), options.PollInterval);
        Assert.Equal(TimeSpan.FromSeconds(5), options.Watch!.ProbeInterval);
        Assert.Equal(TimeSpan.FromMinutes(2), options.Watch.SafetyRefresh);
        Assert.Null(options.ConfirmFrom);
        Assert.Same(Glyphs.Ascii, options.Glyphs);
        Assert.Equal("prod", options.Executor.ClusterName);
        Assert.True(options.Executor.ReadOnly);
        Assert.Equal("read_only = true in [defaults]", options.ReadOnlyReason);
        Assert.Equal(UiCommand.NodeFence, options.Keys.Resolve(Key("ctrl+f")));
        Assert.Null(options.Keys.Resolve(Key("X")));
    }

    [Fact]
    public async Task A_key_collision_is_printed_as_file_line_col_and_nothing_opens()
    {
        Write("[keys]\n\"q\" = \"node.fence\"\n");

        var (exit, _, error) = await RunAsync();

        Assert.Equal(LaunchExitCode.Config, exit);
        Assert.Contains($"{ConfigFile}:2:1: 'q' in [keys] is already bound to 'quit'", error);
        Assert.Empty(_dashboards);
    }

    [Fact]
    public async Task A_missing_config_file_given_with_config_is_an_error()
    {
        var (exit, _, error) = await RunAsync("--config", Path.Combine(_home, "nope.toml"));

        Assert.Equal(LaunchExitCode.Config, exit);
        Assert.Contains("nope.toml:1:1: cannot read the configuration file: no such file", error);
    }

    [Fact]
    public async Task Theme_flag_wins_and_an_unknown_theme_is_refused()
    {
        var (exit, _, error) = await RunAsync("--host", "n1", "--theme", "hight-contrast");

        Assert.Equal(LaunchExitCode.Config, exit);
        Assert.Contains("unknown theme 'hight-contrast' (--theme)", error);
        Assert.Empty(_dashboards);
    }

    [Fact]
    public async Task Each_cluster_in_the_fleet_gets_its_own_safety_interval_and_so_its_own_stale_limit()
    {
        Write("[defaults]\nsafety_interval = \"40s\"\n\n[[cluster]]\nname = \"fast\"\nhosts = [\"f1\"]\nsafety_interval = \"6s\"\n\n[[cluster]]\nname = \"slow\"\nhosts = [\"s1\"]\n");

        var (exit, _, error) = await RunAsync();

        Assert.True(exit == 0, error);
        var fleet = Assert.Single(_fleets);
        Assert.Equal([TimeSpan.FromSeconds(6), TimeSpan.FromSeconds(40)], fleet.Select(o => o.Watch!.SafetyRefresh));
        Assert.Equal([TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(100)], fleet.Select(o => FleetMember.Of(o, Glyphs.Ascii).StaleAfter));
    }

    [Fact]
    public async Task Several_clusters_open_the_fleet_with_a_runner_each_all_disposed_on_the_way_out()
    {
        Write("[[cluster]]\nname = \"a\"\nhosts = [\"a1\"]\n\n[[cluster]]\nname = \"b\"\nhosts = [\"b1\"]\n");

        var (exit, _, error) = await RunAsync();

        Assert.True(exit == 0, error);
        Assert.Empty(_dashboards);
        var fleet = Assert.Single(_fleets);
        Assert.Equal(["a", "b"], fleet.Select(o => o.Executor.ClusterName));
        Assert.Equal(["a1", "b1"], _targets.Select(t => t.Hosts[0]));
        Assert.All(_runners, r => Assert.True(r.Disposed));
    }

    [Fact]
    public async Task The_runner_is_disposed_after_the_dashboard_so_ssh_masters_close()
    {
        var (exit, _, error) = await RunAsync("--host", "n1", "--ssh-user", "root", "--read-only");

        Assert.True(exit == 0, error);
        Assert.True(Assert.Single(_runners).Disposed);
        Assert.Equal("--read-only", Assert.Single(_dashboards).ReadOnlyReason);
        Assert.Equal("root", _targets[0].SshUser);
    }

    [Fact]
    public async Task When_the_grace_runs_out_the_forced_path_names_the_stuck_fetch_and_still_closes_the_ssh_master()
    {
        // Given the dashboard over a real ssh runner (its ssh client faked) whose crm_mon is stuck and
        // ignores cancellation, and a dashboard that does not end when told to
        // mkdtemp makes it 0700, as the runner requires.
        var controlDir = Directory.CreateTempSubdirectory("crmtui-ssh-launch-").FullName;
        var local = new RecordingRunner();
        var stuck = new TaskCompletionSource<CommandResult>();
        local.RespondAsync(c => !c.Argv.Contains("-O"), (_, _) => stuck.Task);
        _runnerFor = target => new SshCommandRunner(target.SshTargetFor(target.Hosts[0]), SshControlDirectory.At(controlDir), local)
        {
            DrainTimeout = TimeSpan.FromMilliseconds(100),
        };
        var open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        _dashboard = (options, ct) =>
        {
            _ = options.Runner.RunAsync(CommandLine.Of("crm_mon", "--output-as=xml"));
            open.TrySetResult();
            return release.Task;
        };
        var run = RunAsync("--host", "n1");
        await Task.WhenAny(open.Task, run).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.True(open.Task.IsCompleted, run.IsCompleted ? (await run).Error : "neither");

        // When SIGTERM came (the dashboard is told to stop) and the grace ran out
        await _signalled!.CancelAsync();
        await _forced!(15).WaitAsync(TimeSpan.FromSeconds(30));

        // Then -O exit went to the master before the exit, and stderr says what was still running
        Assert.Single(local.Calls, c => c.Argv.Contains("-O") && c.Argv.Contains("exit") && c.Argv[^1] == "n1");
        release.SetResult(0);
        var (_, _, error) = await run;
        Assert.Contains("crmtui: SIGTERM: still shutting down after 5 s: the dashboard had not ended", error);
        Assert.Matches(@"still running: ssh n1: crm_mon for \d+\.\d s", error);
        Assert.Contains("crmtui: killed local commands still running: crm_mon (pid 4242)", error);
        Assert.Contains("crmtui: ssh masters closed; exiting 143", error);
        stuck.SetResult(new CommandResult(0, "", "", TimeSpan.Zero));
        Directory.Delete(controlDir, recursive: true);
    }

    [Fact]
    public async Task Without_a_terminal_the_dashboard_does_not_start()
    {
        _terminal = false;

        var (exit, _, error) = await RunAsync("--host", "n1");

        Assert.Equal(LaunchExitCode.NoTerminal, exit);
        Assert.Contains("needs a terminal", error);
        Assert.Empty(_runners);
    }

    [Fact]
    public async Task Record_keeps_every_distinct_snapshot_the_dashboard_receives_in_a_file_replay_opens()
    {
        var file = Path.Combine(_home, "incident.crmrec");
        var t0 = new DateTimeOffset(2026, 12, 4, 14, 2, 11, TimeSpan.Zero);
        var healthy = CrmMonXmlParser.Parse(File.ReadAllText(Corpus.Fixture("healthy.xml")));
        var trouble = CrmMonXmlParser.Parse(File.ReadAllText(Corpus.Fixture("trouble.xml")));
        // The dashboard's watcher delivers: healthy, healthy again (a safety refresh), a failed fetch, trouble.
        _whileOpen = options =>
        {
            Assert.Equal($"recording distinct snapshots to {file}", options.Notice);
            options.Tap!(Update(healthy, t0));
            options.Tap(Update(healthy, t0.AddSeconds(30)));
            options.Tap(new WatchUpdate(new StatusResult(StatusKind.Unreachable, null, "ssh: connection refused", "ssh n1", TimeSpan.Zero), t0.AddSeconds(40), FetchReason.Safety, WatchMode.Probe));
            options.Tap(Update(trouble, t0.AddSeconds(41)));
        };

        var (exit, _, error) = await RunAsync("--host", "n1", "--record", file);

        Assert.True(exit == 0, error);
        Assert.Contains($"crmtui: 2 snapshot(s) recorded in {file} (1 unchanged fetch(es) not stored)", error);
        var tape = ReplayTapeLoader.Load(file);
        Assert.Empty(tape.Problems);
        Assert.Equal("crm_mon on n1, from the dashboard", tape.Source);
        Assert.Equal([t0, t0.AddSeconds(41)], tape.Frames.Select(f => f.At));
        Assert.Equal(SnapshotChangeKey.Of(trouble), SnapshotChangeKey.Of(tape.Frames[1].Snapshot));
        var (listExit, list, _) = await VerbRun.RunAsync(CliApp.BuildRoot(), ["replay", file, "--list"]);
        Assert.Equal(0, listExit);
        Assert.StartsWith("recording of crm_mon on n1, from the dashboard: 2 snapshot(s)", list);
    }

    [Fact]
    public async Task Record_never_overwrites_a_file_and_the_dashboard_does_not_open()
    {
        var file = Path.Combine(_home, "old.crmrec");
        File.WriteAllText(file, "keep");

        var (exit, _, error) = await RunAsync("--host", "n1", "--record", file);

        Assert.Equal(LaunchExitCode.RecordFile, exit);
        Assert.Contains($"crmtui: {file} exists; a recording is never overwritten", error);
        Assert.Empty(_dashboards);
        Assert.Equal("keep", File.ReadAllText(file));
    }

    [Fact]
    public async Task Record_with_the_fleet_view_is_a_usage_error()
    {
        Write("[[cluster]]\nname = \"a\"\nhosts = [\"a1\"]\n[[cluster]]\nname = \"b\"\nhosts = [\"b1\"]\n");
        var file = Path.Combine(_home, "fleet.crmrec");

        var (exit, _, error) = await RunAsync("--record", file);

        Assert.Equal(LaunchExitCode.Usage, exit);
        Assert.Contains("choose one with --cluster NAME", error);
        Assert.Empty(_fleets);
        Assert.False(File.Exists(file));
    }

    private static WatchUpdate Update(ClusterSnapshot snapshot, DateTimeOffset at) =>
        new(new StatusResult(StatusKind.Ok, snapshot, null, "ssh n1", TimeSpan.Zero), at, FetchReason.Change, WatchMode.Probe);

    public void Dispose() => Directory.Delete(_home, recursive: true);

    private async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        var env = new Dictionary<string, string>
        {
            ["HOME"] = _home,
            ["XDG_CONFIG_HOME"] = Path.Combine(_home, "config"),
            ["XDG_STATE_HOME"] = Path.Combine(_home, "state"),
        };
        var dependencies = new LaunchDependencies(
            name => env.GetValueOrDefault(name),
            _ => Task.FromResult(_localAnswers ? LocalCluster.Answering : LocalCluster.NotAnswering("crm_mon: not found")),
            () => _terminal,
            target =>
            {
                _targets.Add(target);
                if (_runnerFor is not null)
                    return _runnerFor(target);
                var runner = new DisposableRunner();
                _runners.Add(runner);
                return runner;
            },
            (options, ct) =>
            {
                _dashboards.Add(options);
                _whileOpen?.Invoke(options);
                return _dashboard?.Invoke(options, ct) ?? Task.FromResult(0);
            })
        {
            Signals = (stop, forced) =>
            {
                (_signalled, _forced) = (stop, forced);
                return new CancellationTokenSource();
            },
            // The real one kills every local child of the test process, other tests' included.
            KillLocalCommands = () => ["crm_mon (pid 4242)"],
            Fleet = (options, _) =>
            {
                _fleets.Add(options);
                return Task.FromResult(0);
            },
        };
        return await VerbRun.RunAsync(CliApp.BuildRoot(dependencies), args);
    }

    private void Write(string toml)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(ConfigFile)!);
        File.WriteAllText(ConfigFile, toml);
    }

    private static Key Key(string name)
    {
        Assert.True(KeyNames.TryParse(name, out var key, out var error), error);
        return key;
    }

    private sealed class DisposableRunner : ICommandRunner, IAsyncDisposable
    {
        public bool Disposed { get; private set; }

        public string Target => "fake";

        public string Format(CommandLine command) => string.Join(' ', command.Argv);

        public Task<CommandResult> RunAsync(CommandLine command, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("the dashboard is replaced in these tests");

        public ValueTask DisposeAsync()
        {
            Disposed = true;
            return ValueTask.CompletedTask;
        }
    }
}
