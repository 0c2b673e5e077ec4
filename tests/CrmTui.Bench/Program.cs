using CrmTui.Bench.Core;
using CrmTui.Bench.Fleet;
using CrmTui.Bench.Live;
using CrmTui.Bench.Status;
using CrmTui.Bench.Transport;
using CrmTui.Bench.Tui;

// Bench commands: each measures ours against a reference in the same run (see docs/performance.md).
var benches = new Dictionary<string, Func<string[], Task<int>>>(StringComparer.Ordinal)
{
    ["core"] = CoreBench.RunAsync,
    ["ssh-poll"] = SshPollBench.RunAsync,
    ["tui-frame"] = TuiFrameBench.RunAsync,
    ["live-latency"] = LiveLatencyBench.RunAsync,
    ["tui-resources"] = TuiResourcesBench.RunAsync,
    ["status-once"] = StatusOnceBench.RunAsync,
    ["fleet-idle"] = FleetIdleBench.RunAsync,
};

if (args.Length == 0 || !benches.TryGetValue(args[0], out var run))
{
    Console.Error.WriteLine("usage: CrmTui.Bench <" + string.Join("|", benches.Keys) + "> [options]");
    return 2;
}
return await run(args[1..]);
