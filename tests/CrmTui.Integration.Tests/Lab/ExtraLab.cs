using System.Collections.Immutable;
using System.Globalization;
using CrmTui.Transport;

namespace CrmTui.Integration.Tests.Lab;

/// <summary>
/// A second single-node lab next to the fixture's, for a test that needs another host whose
/// Pacemaker answers (failover when Pacemaker stops on the serving host). Started with the same
/// scripts, owned by this test process (its watchdog removes it if the run is killed), and
/// taken down on dispose. Costs about 5 s and 200 MiB while it runs.
/// </summary>
internal sealed class ExtraLab : IAsyncDisposable
{
    private readonly LocalProcessRunner _host = new();
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
        var scripts = LabPaths.ScriptsDirectory ?? throw new InvalidOperationException("tests/lab is not found");
        var up = CommandLine.Of(Path.Combine(scripts, "lab-up.sh"),
                "--owner-pid", Environment.ProcessId.ToString(CultureInfo.InvariantCulture), name)
            .WithTimeout(TimeSpan.FromMinutes(4));
        var result = await new LocalProcessRunner().RunAsync(up).ConfigureAwait(false);
        if (!result.Succeeded)
            throw new InvalidOperationException($"lab-up.sh {name} failed with exit code {result.ExitCode}:\n{result.Stderr.Trim()}");
        return new ExtraLab(name, LabEnvFile.Parse(result.Stdout));
    }

    public async ValueTask DisposeAsync()
    {
        var down = CommandLine.Of(Path.Combine(LabPaths.ScriptsDirectory!, "lab-down.sh"), Name).WithTimeout(TimeSpan.FromMinutes(1));
        try
        {
            await _host.RunAsync(down).ConfigureAwait(false);
        }
        catch (TransportException)
        {
            // The watchdog lab-up.sh started removes the lab once this process has exited.
        }
    }
}
