using CrmTui.Transport;
using TransportCommand = CrmTui.Transport.CommandLine;

namespace CrmTui.Bench.Status;

/// <summary>
/// A running lab node (tests/lab), read from <c>/tmp/crmtui-lab/NAME/lab.env</c>: commands run
/// inside its namespaces with <c>nsenter</c>, where the local Pacemaker tools talk to the lab's
/// cluster. Every measured command pays the same nsenter cost.
/// </summary>
internal sealed record LabNode(string Name, string NetNs, string MountNs, string UtsNs, string IpcNs, string NodeName)
{
    public const string Root = "/tmp/crmtui-lab";

    public static LabNode? Open(string name, out string? problem)
    {
        var env = Path.Combine(Root, name, "lab.env");
        if (!File.Exists(env))
        {
            problem = $"no lab '{name}' ({env} is missing); start one with: sudo tests/lab/lab-up.sh {name}";
            return null;
        }
        var values = File.ReadAllLines(env)
            .Select(line => line.Split('=', 2))
            .Where(parts => parts.Length == 2)
            .ToDictionary(parts => parts[0], parts => parts[1], StringComparer.Ordinal);
        string Get(string key) => values.TryGetValue(key, out var v) ? v : throw new InvalidDataException($"{env} has no {key}");
        problem = null;
        return new LabNode(name, Get("NETNS_PATH"), Get("MNT_NS"), Get("UTS_NS"), Get("IPC_NS"), Get("NODE_NAME"));
    }

    /// <summary><paramref name="argv"/> run inside the node's namespaces.</summary>
    public TransportCommand Inside(params string[] argv) =>
        TransportCommand.Of(["nsenter", $"--net={NetNs}", $"--mount={MountNs}", $"--uts={UtsNs}", $"--ipc={IpcNs}", "--", .. argv])
            .WithTimeout(TimeSpan.FromSeconds(60));
}
