using System.CommandLine;

namespace CrmTui.Cli.Verbs.Target;

/// <summary>
/// The options that say which cluster a verb talks to (<c>--host</c>…, ssh settings,
/// <c>--sudo</c>, <c>--timeout</c>), shared by status, check and every action verb.
/// <see cref="Read"/> gives a <see cref="ClusterTarget"/>; <see cref="ClusterRunners.Create"/>
/// turns that into a runner.
/// </summary>
public sealed class TargetOptions
{
    public Option<string[]> Hosts { get; } = new("--host") { Description = "A cluster node to ask over ssh; repeat for failover order (default: this node)" };
    public Option<string?> SshUser { get; } = new("--ssh-user") { Description = "ssh login user" };
    public Option<int?> SshPort { get; } = new("--ssh-port") { Description = "ssh port" };
    public Option<string?> Identity { get; } = new("--identity") { Description = "ssh identity (private key) file" };
    public Option<string?> SshConfig { get; } = new("--ssh-config") { Description = "ssh_config file for 'ssh -F' (default: your ~/.ssh/config)" };
    public Option<string[]> SshOptions { get; } = new("--ssh-option") { Description = "Extra 'ssh -o' option, e.g. UserKnownHostsFile=FILE; repeatable" };
    public Option<bool> Sudo { get; } = new("--sudo") { Description = "Run the Pacemaker tools through 'sudo -n' on the remote host" };
    public Option<double> Timeout { get; } = new("--timeout") { Description = "Seconds to wait for crm_mon", DefaultValueFactory = _ => 10 };

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        foreach (var option in new Option[] { Hosts, SshUser, SshPort, Identity, SshConfig, SshOptions, Sudo, Timeout })
            command.Options.Add(option);

        // An option validator runs only when the option was given, so the default never trips it.
        Timeout.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<double>() is var seconds && (double.IsNaN(seconds) || seconds <= 0 || seconds > 3600))
                result.AddError("--timeout must be more than 0 and at most 3600 seconds");
        });
        command.Validators.Add(result =>
        {
            foreach (var option in result.GetValue(SshOptions) ?? [])
            {
                if (option.Length == 0 || option.StartsWith('-'))
                    result.AddError($"--ssh-option '{option}' must look like Name=value");
            }

            foreach (var host in result.GetValue(Hosts) ?? [])
            {
                if (host.Length == 0 || host.StartsWith('-'))
                    result.AddError($"--host '{host}' is not a host name");
            }

            if (result.GetValue(SshPort) is { } port && port is < 1 or > 65535)
                result.AddError($"--ssh-port {port} is not a port (1-65535)");
        });
    }

    /// <summary>True when <c>--host</c> was given at least once.</summary>
    public bool HasHosts(System.CommandLine.Parsing.CommandResult result) => (result.GetValue(Hosts) ?? []).Length > 0;

    public ClusterTarget Read(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        return new ClusterTarget
        {
            Hosts = [.. parseResult.GetValue(Hosts) ?? []],
            SshUser = parseResult.GetValue(SshUser),
            SshPort = parseResult.GetValue(SshPort),
            Identity = parseResult.GetValue(Identity),
            SshConfig = parseResult.GetValue(SshConfig),
            SshOptions = [.. parseResult.GetValue(SshOptions) ?? []],
            Sudo = parseResult.GetValue(Sudo),
            Timeout = TimeSpan.FromSeconds(parseResult.GetValue(Timeout)),
        };
    }
}
