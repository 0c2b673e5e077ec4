using System.Diagnostics;
using System.Globalization;
using CrmTui.Core.Model;
using CrmTui.Tui.App;
using CrmTui.Tui.Rendering;
using CrmTui.Tui.Terminal;
using CrmTui.Tui.Theming;
using Spectre.Console;

namespace CrmTui.Bench.Tui;

/// <summary>
/// Bytes the renderer writes for a refresh in which one node changes state, against a full redraw
/// of the same screen (target ≤ 5 %), and the frame time (Screens.Render + diff + compose) for a
/// large generated cluster at 160×48. Not a test: it prints figures for docs/performance.md.
/// <code>crmtui-bench tui-frame [--nodes 400] [--frames 2000] [--width 160 --height 48]</code>
/// </summary>
public static class TuiFrameBench
{
    public static Task<int> RunAsync(string[] args)
    {
        var nodes = Option(args, "--nodes", 400);
        var frames = Option(args, "--frames", 2000);
        var width = Option(args, "--width", 160);
        var height = Option(args, "--height", 48);
        var terminal = new CountingTerminal(width, height);
        var renderer = new ScreenRenderer(terminal, Theme.Default, new SgrCache(ColorSystem.TrueColor));
        var context = UiContext.Default;
        var at = new DateTimeOffset(2026, 3, 14, 10, 0, 0, TimeSpan.Zero);
        var state = Update.Receive(new UiState { Size = new TerminalSize(width, height), Now = at }, new SnapshotReceived(Generate(nodes, -1), "bench", at), context);
        var buffer = new ScreenBuffer(width, height);

        // Full redraw of the screen, then the same screen with one node in standby.
        Screens.Render(state, buffer, context);
        renderer.Flush(buffer);
        var full = renderer.LastFrameBytes;
        var changed = Update.Receive(state, new SnapshotReceived(Generate(nodes, 3), "bench", at.AddSeconds(2)), context);
        Screens.Render(changed, buffer, context);
        renderer.Flush(buffer);
        var oneChange = renderer.LastFrameBytes;

        // Frame time: alternate the two states so every frame has a real diff to compute.
        var states = new[] { state, changed };
        for (var i = 0; i < 200; i++)
        {
            Frame(states[i % 2]);
        }
        var times = new double[frames];
        for (var i = 0; i < frames; i++)
        {
            var clock = Stopwatch.StartNew();
            Frame(states[i % 2]);
            times[i] = clock.Elapsed.TotalMilliseconds;
        }
        Array.Sort(times);
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(c, $"screen {width}x{height}, {nodes} nodes (Nodes view)"));
        Console.WriteLine(string.Create(c, $"full redraw: {full} bytes; one node changed: {oneChange} bytes = {100.0 * oneChange / full:0.00} % (target <= 5 %)"));
        Console.WriteLine(string.Create(c, $"frame time over {frames} frames: mean {times.Average():0.000} ms, median {times[frames / 2]:0.000} ms, p99 {times[(int)(frames * 0.99)]:0.000} ms"));
        return Task.FromResult(0);

        void Frame(UiState s)
        {
            Screens.Render(s, buffer, context);
            renderer.Flush(buffer);
        }
    }

    private static ClusterSnapshot Generate(int count, int standbyIndex) => new()
    {
        Summary = new ClusterSummary
        {
            Stack = new ClusterStack { Type = "corosync" },
            CurrentDc = new CurrentDc { Present = true, Name = "node-000", WithQuorum = true },
            Options = new ClusterOptions { StonithEnabled = true },
            ResourcesConfigured = new ResourcesConfigured { Number = count * 5 },
        },
        Nodes = [.. Enumerable.Range(0, count).Select(i => new ClusterNode
        {
            Name = string.Create(CultureInfo.InvariantCulture, $"node-{i:000}"),
            Online = true,
            Standby = i == standbyIndex,
            IsDc = i == 0,
            Type = i % 10 == 9 ? NodeType.Remote : NodeType.Member,
            ResourcesRunning = i == standbyIndex ? 0 : 5,
        })],
    };

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var v) ? v : fallback;
    }

    private sealed class CountingTerminal(int width, int height) : ITerminal
    {
        public TerminalSize Size { get; } = new(width, height);
        public event EventHandler<TerminalSize>? Resized { add { } remove { } }
        public void Write(string text) { }
        public ValueTask<int> ReadAsync(Memory<byte> buffer, TimeSpan timeout, CancellationToken cancellationToken) => ValueTask.FromResult(0);
    }
}
