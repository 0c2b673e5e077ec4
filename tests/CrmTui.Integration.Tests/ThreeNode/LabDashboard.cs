using System.Collections.Immutable;
using CrmTui.Cli.Verbs.Target;
using CrmTui.Commands;
using CrmTui.Commands.Audit;
using CrmTui.Commands.Execution;
using CrmTui.Commands.Watch;
using CrmTui.Integration.Tests.Lab;
using CrmTui.TestKit.Tui;
using CrmTui.Transport;
using CrmTui.Tui.App;
using CrmTui.Tui.Input;
using CrmTui.Tui.Rendering;
using CrmTui.Tui.Terminal;
using CrmTui.Tui.Theming;
using Xunit.Abstractions;

namespace CrmTui.Integration.Tests.ThreeNode;

/// <summary>
/// The dashboard <c>crmtui --cluster</c> runs, headless, on the three-node lab: the product's
/// <see cref="DashboardHost"/> (cluster watcher over the ssh failover runner, input reader, main
/// loop, renderer) on a <see cref="PipeTerminal"/> of 160×48. Keys go in as xterm bytes through
/// the real decoder; every frame the loop writes is rendered to text (<see cref="Screens.Render"/>
/// of the state it flushed) and kept with its time, so a wait returns the first frame that showed
/// something and when. Actions run through the real executor with the dialog's confirmation.
/// </summary>
internal sealed class LabDashboard : IAsyncDisposable
{
    public const int Width = 160;
    public const int Height = 48;

    private readonly ITestOutputHelper _output;
    private readonly PipeTerminal _terminal = new(Width, Height);
    private readonly ScreenBuffer _buffer = new(Width, Height);
    private readonly object _gate = new();
    private readonly Arrivals<Frame> _frames = new(f => f.At);
    private readonly CancellationTokenSource _stop = new();
    private readonly string _auditDirectory = Path.Combine(Path.GetTempPath(), "crmtui-dash3-" + Guid.NewGuid().ToString("N"));
    private readonly Task _run;
    private MainLoop? _loop;

    private LabDashboard(ThreeNodeLab lab, ITestOutputHelper output, LabNode[] hostOrder)
    {
        _output = output;
        Runner = (FailoverRunner)ClusterRunners.Create(LabProfile.Target(lab, hostOrder));
        Runner.HostChanged += (_, change) => _output.WriteLine($"{Now:0.00}s host change → {change.Current.Target}: {change.Reason}");
        Directory.CreateDirectory(_auditDirectory);
        // What DashboardSettings.Build makes of a profile with the defaults (refresh 1 s, confirm disruptive).
        var options = new DashboardOptions(Runner, new ExecutorSettings(lab.ClusterName, Confirmation: ConfirmationPolicy.DisruptiveAndDestructive),
            new JsonLinesAuditLog(Path.Combine(_auditDirectory, "audit.jsonl")), TimeSpan.FromSeconds(1), KeyMap.Default)
        {
            Watch = new WatchOptions { ProbeInterval = TimeSpan.FromSeconds(1) },
            Glyphs = Glyphs.Unicode,
            ConfirmFrom = Danger.Disruptive,
            Environment = _ => null,
        };
        _terminal.Written = OnFrame;
        _run = Task.Run(() => DashboardHost.RunAsync(_terminal, options, Attach, _stop.Token));
    }

    public FailoverRunner Runner { get; }

    /// <summary>Seconds since the dashboard started (the time base of frames).</summary>
    public double Now => _frames.Now;

    /// <summary>The last frame's text (rows joined by newlines, trailing blanks trimmed).</summary>
    public string Screen => _frames.Last?.Text ?? "";

    public ImmutableArray<Frame> Frames => _frames.Items;

    /// <summary>The state the last frame was rendered from.</summary>
    public UiState? State => _loop?.State;

    public static LabDashboard Start(ThreeNodeLab lab, ITestOutputHelper output, params LabNode[] hostOrder)
    {
        lab.EnsureUp();
        return new LabDashboard(lab, output, hostOrder);
    }

    private void Attach(MainLoop loop) => _loop = loop;

    // On the UI loop's thread, right after it flushed a frame of its current state.
    private void OnFrame()
    {
        if (_loop is not { } loop)
            return;
        var state = loop.State;
        string text;
        lock (_gate)
        {
            Screens.Render(state, _buffer, loop.Context);
            text = BufferText.All(_buffer);
        }
        _frames.Add(new Frame(Now, text, state.CommandLog.Count), (last, next) => last.Text == next.Text && last.Actions == next.Actions);
    }

    /// <summary>Presses keys by config name ("j", "X", "esc", "enter"), each read by the dashboard's input reader.</summary>
    public async Task PressAsync(params string[] keys)
    {
        foreach (var key in keys)
        {
            _terminal.Send(KeyBytes.Of(Key.Parse(key)));
            // One key per read, and the input quiet after it: a lone Esc is resolved, not merged with the next key.
            await _terminal.Drained.WaitAsync(TimeSpan.FromSeconds(10));
        }
    }

    /// <summary>Types text (a confirmation field, a filter).</summary>
    public async Task TypeAsync(string text)
    {
        foreach (var c in text)
            _terminal.Send(KeyBytes.Of(Key.Char(c)));
        await _terminal.Drained.WaitAsync(TimeSpan.FromSeconds(10));
    }

    /// <summary>Waits for the first frame at or after <paramref name="since"/> whose text satisfies
    /// <paramref name="condition"/>; fails with the last screen when none comes within <paramref name="timeout"/>.</summary>
    public Task<Frame> WaitForAsync(string what, Func<string, bool> condition, TimeSpan timeout, double since = 0) =>
        WaitForFrameAsync(what, f => condition(f.Text), timeout, since);

    /// <summary>Waits for the first frame drawn after the action that was number <paramref name="actions"/>
    /// + 1 finished (its outcome on the status line).</summary>
    public Task<Frame> WaitForActionAsync(string what, int actions, TimeSpan timeout, double since = 0) =>
        WaitForFrameAsync(what + " finished", f => f.Actions > actions, timeout, since);

    /// <summary>Actions finished so far.</summary>
    public int Actions => State?.CommandLog.Count ?? 0;

    private Task<Frame> WaitForFrameAsync(string what, Func<Frame, bool> condition, TimeSpan timeout, double since) =>
        _frames.WaitForAsync(condition, since, timeout,
            () => $"{what}: not on screen within {timeout.TotalSeconds} s; the screen at {Now:0.0}s:\n{Screen}",
            () => _run.IsCompleted ? $"{what}: the dashboard stopped: {_run.Exception?.GetBaseException().Message ?? "it quit"}\n{Screen}" : null);

    /// <summary>Waits until the text is on screen (see <see cref="WaitForAsync"/>).</summary>
    public Task<Frame> WaitForTextAsync(string text, TimeSpan timeout, double since = 0) =>
        WaitForAsync($"'{text}'", s => s.Contains(text, StringComparison.Ordinal), timeout, since);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _run.WaitAsync(TimeSpan.FromSeconds(30));
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            await Runner.DisposeAsync();
            _stop.Dispose();
            try
            {
                Directory.Delete(_auditDirectory, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    /// <summary>One frame the dashboard drew: when (seconds since start), its text, and how many
    /// actions had finished (the command log's length) when it was drawn.</summary>
    public sealed record Frame(double At, string Text, int Actions);
}
