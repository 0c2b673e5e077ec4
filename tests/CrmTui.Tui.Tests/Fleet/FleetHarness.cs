using CrmTui.Commands.Execution;
using CrmTui.Core.Model;
using CrmTui.TestKit.Fakes;
using CrmTui.Tui.App;
using CrmTui.Tui.Fleet;
using CrmTui.Tui.Rendering;
using CrmTui.Tui.Terminal;
using CrmTui.Tui.Tests.Support;
using CrmTui.Tui.Theming;
using Spectre.Console;

namespace CrmTui.Tui.Tests.Fleet;

/// <summary>
/// Drives the real fleet loop headless, like <see cref="TuiHarness"/>: keys go through the real
/// decoder, each cluster has its own <see cref="RecordingRunner"/> behind the real executor, and
/// every call pumps the loop until the inbox is empty and no action runs. No sleeps.
/// </summary>
public sealed class FleetHarness
{
    private readonly InputDecoder _decoder = new();

    private FleetHarness(int width, int height, IReadOnlyList<FleetMember> members)
    {
        Terminal = new FakeTerminal(width, height);
        var names = members.Select(m => m.Name).ToList();
        var backends = new Dictionary<string, ClusterBackend>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var runner = new RecordingRunner(name + "-01");
            Runners[name] = runner;
            var executor = new ActionExecutor(runner, new ExecutorSettings(name), Audit, Time, () => "tester");
            backends[name] = new ClusterBackend(
                (action, confirmed, snapshot, ct) => executor.RunAsync(action, new ActionRequest(Confirmed: confirmed, Snapshot: snapshot), ct),
                () => Refreshes.Add(name));
        }
        var renderer = new ScreenRenderer(Terminal, Theme.Default, new SgrCache(ColorSystem.TrueColor));
        Loop = new FleetLoop(Terminal, renderer, Context, FleetState.Start(members, Time.GetUtcNow(), Terminal.Size, m => m.Name + "-01"), Time, backends);
    }

    public FakeTerminal Terminal { get; }
    public ManualTimeProvider Time { get; } = new();
    public Dictionary<string, RecordingRunner> Runners { get; } = new(StringComparer.Ordinal);
    public MemoryAuditLog Audit { get; } = new();
    public List<string> Refreshes { get; } = [];
    public FleetContext Context { get; } = FleetContext.Default;
    public FleetLoop Loop { get; }
    public FleetState State => Loop.State;

    public static FleetHarness Start(int width = 80, int height = 24, params string[] names) =>
        StartWith(width, height, [.. (names.Length > 0 ? names : ["alpha", "bravo", "charlie", "delta"]).Select(Member)]);

    /// <summary>A fleet of these members (e.g. with their own stale limits).</summary>
    public static FleetHarness StartWith(int width, int height, IReadOnlyList<FleetMember> members) =>
        new FleetHarness(width, height, members).Pump();

    public static FleetMember Member(string name) => new(name, UiContext.Default with { ClusterName = name });

    public FleetHarness Press(params string[] keys)
    {
        foreach (var key in keys)
        {
            foreach (var k in _decoder.Feed(KeyBytes.Of(Key.Parse(key))).Concat(_decoder.Flush()))
            {
                Loop.Post(new KeyPressed(k));
            }
            Pump();
        }
        return this;
    }

    public FleetHarness Type(string text)
    {
        foreach (var c in text)
        {
            Loop.Post(new KeyPressed(Key.Char(c)));
        }
        return Pump();
    }

    public FleetHarness Receive(string cluster, ClusterSnapshot snapshot, string? host = null)
    {
        Loop.Post(new ClusterMessage(cluster, new SnapshotReceived(snapshot, host ?? cluster + "-01", Time.GetUtcNow())));
        return Pump();
    }

    public FleetHarness PollFails(string cluster, string error)
    {
        Loop.Post(new ClusterMessage(cluster, new PollFailed(error, cluster + "-01", Time.GetUtcNow())));
        return Pump();
    }

    public FleetHarness Advance(TimeSpan by)
    {
        Time.Advance(by);
        return Pump();
    }

    public FleetHarness Pump()
    {
        for (var rounds = 0; rounds < 1000; rounds++)
        {
            Loop.WhenActionsDone().GetAwaiter().GetResult();
            if (!Loop.ProcessPending())
            {
                Loop.WhenActionsDone().GetAwaiter().GetResult();
                if (!Loop.ProcessPending())
                {
                    return this;
                }
            }
        }
        throw new InvalidOperationException("the fleet kept posting messages to itself for 1000 rounds");
    }

    public ScreenBuffer Screen()
    {
        var buffer = new ScreenBuffer(State.Size.Width, State.Size.Height);
        FleetScreen.Render(State, buffer, Context);
        return buffer;
    }

    public string ScreenText() => BufferText.All(Screen());

    public void AssertScreen(string name) => SnapshotAssert.Matches(Screen(), name);
}
