using System.Collections.Immutable;
using System.Globalization;

namespace CrmTui.Integration.Tests.Lab;

/// <summary>
/// A second single-node lab next to the fixture's, for a test that needs another host whose
/// Pacemaker answers (failover when Pacemaker stops on the serving host). Started with the same
/// scripts, owned by this test process (its watchdog removes it if the run is killed), and
/// taken down on dispose. Costs about 5 s and 200 MiB while it runs.
/// </summary>
internal sealed class ExtraLab : IAsyncDisposable
{
    private readonly ImmutableDictionary<string, string> _env;

    private ExtraLab(string name, ImmutableDictionary<string, string> env)
    {
        Name = name;
        _env = env;
    }

    public string Name { get; }

    public string NodeAddress => LabEnvFile.Require(_env, "NODE_ADDRESS");
    public int SshPort => int.Parse(LabEnvFile.Require(_env, "SSH_PORT"), CultureInfo.InvariantCulture);
    public string SshUser => LabEnvFile.Require(_env, "SSH_USER");
    public string IdentityFile => LabEnvFile.Require(_env, "IDENTITY_FILE");
    public string KnownHostsFile => LabEnvFile.Require(_env, "KNOWN_HOSTS_FILE");

    /// <summary>Starts lab <c>NAME</c> (1–9 characters [a-z0-9]); fails the test with lab-up.sh's
    /// log when it does not come up.</summary>
    public static async Task<ExtraLab> StartAsync(string name)
    {
        var result = await LabScripts.UpAsync(name, [], TimeSpan.FromMinutes(4)).ConfigureAwait(false);
        if (!result.Succeeded)
            throw new InvalidOperationException($"lab-up.sh {name} failed with exit code {result.ExitCode}:\n{result.Stderr.Trim()}");
        return new ExtraLab(name, LabEnvFile.Parse(result.Stdout));
    }

    public async ValueTask DisposeAsync() => await LabScripts.DownAsync(Name).ConfigureAwait(false);
}
