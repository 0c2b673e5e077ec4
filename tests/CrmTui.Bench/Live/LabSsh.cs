using System.Collections.Immutable;
using CrmTui.Transport;

namespace CrmTui.Bench.Live;

/// <summary>How to reach a lab started by hand (<c>sudo tests/lab/lab-up.sh NAME</c>): its lab.env.</summary>
internal sealed record LabSsh(string Name, string NodeName, string Address, string User, string Identity, string KnownHosts)
{
    public static LabSsh? Read(string name, out string? why)
    {
        var env = Path.Combine("/tmp/crmtui-lab", name, "lab.env");
        if (!File.Exists(env))
        {
            why = $"no lab named {name}: start one with 'sudo tests/lab/lab-up.sh {name}' ({env} is missing)";
            return null;
        }
        var values = File.ReadLines(env).Select(l => l.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
        why = null;
        return new LabSsh(name, values["NODE_NAME"], values["NODE_ADDRESS"], values["SSH_USER"], values["IDENTITY_FILE"], values["KNOWN_HOSTS_FILE"]);
    }

    public SshTarget Target() => new(Address)
    {
        User = User,
        IdentityFile = Identity,
        ConfigFile = "none",
        ExtraOptions = ImmutableArray.Create($"UserKnownHostsFile={KnownHosts}", "GlobalKnownHostsFile=/dev/null", "StrictHostKeyChecking=yes", "IdentitiesOnly=yes"),
    };

    /// <summary>The ssh argv for an interactive session (a tty) running <paramref name="remote"/>.</summary>
    public string[] InteractiveSsh(params string[] remote) =>
    [
        "ssh", "-F", "none", "-tt", "-i", Identity, "-o", $"UserKnownHostsFile={KnownHosts}", "-o", "GlobalKnownHostsFile=/dev/null",
        "-o", "StrictHostKeyChecking=yes", "-o", "IdentitiesOnly=yes", "-o", "BatchMode=yes", "-l", User, Address, .. remote,
    ];
}
