using System.Collections.Immutable;
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
/// The Resources view on a large generated cluster (groups, an anonymous clone on every node, a
/// promotable clone, bundles): bytes written when one group member fails against a full redraw
/// (target ≤ 5 %), and the frame time (Screens.Render + diff + compose) of the Resources view
/// against the Nodes view of the same snapshot in the same run (reference). Prints figures for
/// docs/performance.md.
/// <code>crmtui-bench tui-resources [--nodes 16] [--groups 100] [--frames 500] [--width 160 --height 48]</code>
/// </summary>
public static class TuiResourcesBench
{
    public static Task<int> RunAsync(string[] args)
    {
        var nodes = Option(args, "--nodes", 16);
        var groups = Option(args, "--groups", 100);
        var frames = Option(args, "--frames", 500);
        var width = Option(args, "--width", 160);
        var height = Option(args, "--height", 48);
        var terminal = new NullTerminal(width, height);
        var renderer = new ScreenRenderer(terminal, Theme.Default, new SgrCache(ColorSystem.TrueColor));
        var context = UiContext.Default;
        var at = new DateTimeOffset(2026, 3, 14, 10, 0, 0, TimeSpan.Zero);
        var healthy = Generate(nodes, groups, failed: -1);
        var baseState = Update.Receive(new UiState { Size = new TerminalSize(width, height), Now = at }, new SnapshotReceived(healthy, "bench", at), context);
        var resources = baseState with { View = ViewKind.Resources };
        var buffer = new ScreenBuffer(width, height);

        // Full redraw of the Resources view, then the same screen after one visible group member failed.
        Screens.Render(resources, buffer, context);
        renderer.Flush(buffer);
        var full = renderer.LastFrameBytes;
        var failedState = Update.Receive(resources, new SnapshotReceived(Generate(nodes, groups, failed: 2), "bench", at.AddSeconds(2)), context);
        Screens.Render(failedState, buffer, context);
        renderer.Flush(buffer);
        var oneChange = renderer.LastFrameBytes;

        var instances = healthy.AllPrimitives().Count();
        var resourcesTimes = Time([resources, failedState]);
        var nodesTimes = Time([baseState, failedState with { View = ViewKind.Nodes }]);
        var receive = Stopwatch.StartNew();
        for (var i = 0; i < 50; i++)
        {
            Update.Receive(failedState, new SnapshotReceived(i % 2 == 0 ? healthy : Generate(nodes, groups, failed: 2), "bench", at.AddSeconds(4 + i)), context);
        }
        var receiveMs = receive.Elapsed.TotalMilliseconds / 50;

        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(c, $"screen {width}x{height}, {nodes} nodes, {instances} primitive instances (Resources view)"));
        Console.WriteLine(string.Create(c, $"full redraw: {full} bytes; one member failed: {oneChange} bytes = {100.0 * oneChange / full:0.00} % (target <= 5 %)"));
        Console.WriteLine(string.Create(c, $"Resources frame over {frames} frames: mean {resourcesTimes.Average():0.000} ms, median {Median(resourcesTimes):0.000} ms, p99 {resourcesTimes[(int)(frames * 0.99)]:0.000} ms"));
        Console.WriteLine(string.Create(c, $"Nodes frame (reference, same snapshot): mean {nodesTimes.Average():0.000} ms, median {Median(nodesTimes):0.000} ms; Resources/Nodes median ratio {Median(resourcesTimes) / Median(nodesTimes):0.00}"));
        Console.WriteLine(string.Create(c, $"Update.Receive (diff, events, highlight stamps) per poll: {receiveMs:0.000} ms"));
        return Task.FromResult(0);

        double[] Time(UiState[] states)
        {
            for (var i = 0; i < 50; i++)
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
            return times;
        }

        void Frame(UiState s)
        {
            Screens.Render(s, buffer, context);
            renderer.Flush(buffer);
        }
    }

    private static double Median(double[] sorted) => sorted[sorted.Length / 2];

    // Groups of 5 spread over the nodes, then an anonymous clone and a promotable clone on every
    // node, then one bundle per 4 nodes. "failed" marks one member of the first group as FAILED.
    private static ClusterSnapshot Generate(int nodeCount, int groupCount, int failed)
    {
        var c = CultureInfo.InvariantCulture;
        var names = Enumerable.Range(0, nodeCount).Select(i => string.Create(c, $"node-{i:00}")).ToArray();
        PrimitiveResource P(string id, string agent, string? node, ResourceRole role = ResourceRole.Started, bool isFailed = false) => new()
        {
            Id = id,
            Agent = agent,
            Role = role,
            Active = node is not null,
            Managed = true,
            Failed = isFailed,
            NodesRunningOn = node is null ? 0 : 1,
            Nodes = node is null ? [] : [new ResourceNode { Name = node, Id = node, Cached = true }],
        };
        var items = ImmutableArray.CreateBuilder<ResourceItem>();
        for (var g = 0; g < groupCount; g++)
        {
            var node = names[g % nodeCount];
            items.Add(new GroupResource
            {
                Id = string.Create(c, $"group-{g:000}"),
                NumberResources = 5,
                Managed = true,
                Children = [.. Enumerable.Range(0, 5).Select(m => (ResourceItem)P(string.Create(c, $"g{g:000}-rsc{m}"), "ocf:heartbeat:Dummy", node, isFailed: g == 0 && m == failed))],
            });
        }
        items.Add(new CloneResource { Id = "ping-clone", Managed = true, Children = [.. names.Select(n => (ResourceItem)P("ping", "ocf:pacemaker:ping", n))] });
        items.Add(new CloneResource
        {
            Id = "db-clone",
            MultiState = true,
            Managed = true,
            Children = [.. names.Select((n, i) => (ResourceItem)P("db", "ocf:pacemaker:Stateful", n, i == 0 ? ResourceRole.Promoted : ResourceRole.Unpromoted))],
        });
        for (var b = 0; b < nodeCount / 4; b++)
        {
            var bundle = string.Create(c, $"web-bundle-{b}");
            items.Add(new BundleResource
            {
                Id = bundle,
                Type = "podman",
                Image = "localhost/web:1",
                Managed = true,
                Replicas = [.. Enumerable.Range(0, 2).Select(r => (ResourceItem)new BundleReplica
                {
                    Id = r.ToString(c),
                    Resources =
                    [
                        P(string.Create(c, $"{bundle}-ip-10.0.{b}.{r}"), "ocf:heartbeat:IPaddr2", names[(b * 4 + r) % nodeCount]),
                        P("web", "ocf:heartbeat:apache", string.Create(c, $"{bundle}-{r}")),
                        P(string.Create(c, $"{bundle}-podman-{r}"), "ocf:heartbeat:podman", names[(b * 4 + r) % nodeCount]),
                        P(string.Create(c, $"{bundle}-{r}"), "ocf:pacemaker:remote", names[(b * 4 + r) % nodeCount]),
                    ],
                })],
            });
        }
        return new ClusterSnapshot
        {
            Summary = new ClusterSummary
            {
                Stack = new ClusterStack { Type = "corosync" },
                CurrentDc = new CurrentDc { Present = true, Name = names[0], WithQuorum = true },
                Options = new ClusterOptions { StonithEnabled = true },
                ResourcesConfigured = new ResourcesConfigured { Number = groupCount * 5 + nodeCount * 2 },
            },
            Nodes = [.. names.Select((n, i) => new ClusterNode { Name = n, Id = n, Online = true, IsDc = i == 0, Type = NodeType.Member, ResourcesRunning = 8 })],
            Resources = items.ToImmutable(),
        };
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var v) ? v : fallback;
    }

    private sealed class NullTerminal(int width, int height) : ITerminal
    {
        public TerminalSize Size { get; } = new(width, height);
        public event EventHandler<TerminalSize>? Resized { add { } remove { } }
        public void Write(string text) { }
        public ValueTask<int> ReadAsync(Memory<byte> buffer, TimeSpan timeout, CancellationToken cancellationToken) => ValueTask.FromResult(0);
    }
}
