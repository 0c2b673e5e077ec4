using CrmTui.Commands;
using CrmTui.Commands.Execution;
using CrmTui.Core.Model;
using CrmTui.TestKit.Fakes;
using CrmTui.Tui.App;
using CrmTui.Tui.Rendering;
using CrmTui.Tui.Terminal;
using CrmTui.Tui.Theming;
using Spectre.Console;

namespace CrmTui.Tui.Tests.Support;

/// <summary>
/// Drives the real main loop headless: keys become xterm bytes on a <see cref="FakeTerminal"/>, go
/// through the real <see cref="InputDecoder"/>, and each call pumps the loop synchronously until
/// the inbox is empty and no action task is running. Actions go through the real
/// <see cref="ActionExecutor"/> to a <see cref="RecordingRunner"/>. No sleeps anywhere.
/// </summary>
public sealed class TuiHarness
{
    private readonly InputDecoder _decoder = new();

    private TuiHarness(int width, int height, UiContext context, bool readOnly, Func<UiContext, UiState>? initial = null)
    {
        Terminal = new FakeTerminal(width, height);
        Context = context;
        Executor = new ActionExecutor(Runner, new ExecutorSettings("test-cluster", ReadOnly: readOnly), Audit, Time, () => "tester");
        var renderer = new ScreenRenderer(Terminal, Theme.Default, new SgrCache(ColorSystem.TrueColor));
        Loop = new MainLoop(Terminal, renderer, context, initial?.Invoke(context) ?? new UiState(), Time,
            (action, confirmed, snapshot, ct) => Executor.RunAsync(action, new ActionRequest(Confirmed: confirmed, Snapshot: snapshot), ct),
            () => RefreshRequests++)
        {
            Constraints = new Commands.Constraints.ConstraintsQuery(Runner).QueryAsync,
        };
        // A CIB without constraints unless a test scripts cibadmin (the last rule wins).
        Runner.WhenProgram("cibadmin", stdout: "<constraints/>");
    }

    public FakeTerminal Terminal { get; }
    public ManualTimeProvider Time { get; } = new();
    public RecordingRunner Runner { get; } = new("alpha-01");
    public MemoryAuditLog Audit { get; } = new();
    public ActionExecutor Executor { get; }
    public UiContext Context { get; }
    public MainLoop Loop { get; }
    public int RefreshRequests { get; private set; }
    public UiState State => Loop.State;

    /// <param name="confirmFrom">The lowest danger that asks first (config <c>confirm</c>); null: nothing asks.</param>
    /// <param name="glyphs">The glyph set (ASCII is what a non-UTF-8 locale gets); Unicode by default.</param>
    public static TuiHarness Start(int width = 80, int height = 24, ClusterSnapshot? snapshot = null, string? readOnlyReason = null,
        Danger? confirmFrom = Danger.Disruptive, Glyphs? glyphs = null)
    {
        var context = UiContext.Default with { ReadOnlyReason = readOnlyReason, ClusterName = "test-cluster", ConfirmFrom = confirmFrom, Glyphs = glyphs ?? Glyphs.Unicode };
        var harness = new TuiHarness(width, height, context, readOnlyReason is not null);
        harness.Pump();
        if (snapshot is not null)
        {
            harness.Receive(snapshot);
        }
        return harness;
    }

    /// <summary>The dashboard as <c>crmtui replay</c> opens it: on the first of <paramref name="frames"/>, read-only.</summary>
    public static TuiHarness StartReplay(System.Collections.Immutable.ImmutableArray<Core.Recording.ReplayFrame> frames, int width = 80, int height = 24, string? note = null)
    {
        var context = ReplayHost.Context(CrmTui.Tui.Input.KeyMap.Default, Glyphs.Unicode, "incident.crmrec");
        var harness = new TuiHarness(width, height, context, readOnly: true, c => ReplayNavigation.Start(new UiState(), frames, c, note));
        return harness.Pump();
    }

    /// <summary>Presses keys by config name ("j", "ctrl+c", "shift+tab").</summary>
    public TuiHarness Press(params string[] keys)
    {
        foreach (var key in keys)
        {
            Press(Key.Parse(key));
        }
        return this;
    }

    public TuiHarness Press(Key key) => SendBytes(KeyBytes.Of(key));

    /// <summary>Types text character by character (into a prompt or a confirmation field).</summary>
    public TuiHarness Type(string text)
    {
        foreach (var c in text)
        {
            Press(Key.Char(c));
        }
        return this;
    }

    /// <summary>Raw bytes from the "terminal", followed by the input going quiet (resolves a lone ESC).</summary>
    public TuiHarness SendBytes(byte[] bytes)
    {
        foreach (var key in _decoder.Feed(bytes).Concat(_decoder.Flush()))
        {
            Loop.Post(new KeyPressed(key));
        }
        return Pump();
    }

    public TuiHarness Receive(ClusterSnapshot snapshot, string host = "alpha-01")
    {
        Loop.Post(new SnapshotReceived(snapshot, host, Time.GetUtcNow()));
        return Pump();
    }

    public TuiHarness PollFails(string error, string host = "alpha-01")
    {
        Loop.Post(new PollFailed(error, host, Time.GetUtcNow()));
        return Pump();
    }

    public TuiHarness Resize(int width, int height)
    {
        Terminal.Resize(width, height);
        return Pump();
    }

    /// <summary>Moves the clock; timers the UI asked for fire and their messages are processed.</summary>
    public TuiHarness Advance(TimeSpan by)
    {
        Time.Advance(by);
        return Pump();
    }

    /// <summary>Processes messages until the inbox is empty and no action task is running.</summary>
    public TuiHarness Pump()
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
        throw new InvalidOperationException("the UI kept posting messages to itself for 1000 rounds");
    }

    /// <summary>The current screen, rendered from state (roles, not colours).</summary>
    public ScreenBuffer Screen()
    {
        var buffer = new ScreenBuffer(State.Size.Width, State.Size.Height);
        Screens.Render(State, buffer, Context);
        return buffer;
    }

    public string ScreenText() => BufferText.All(Screen());

    public void AssertScreen(string name) => SnapshotAssert.Matches(Screen(), name);
}
