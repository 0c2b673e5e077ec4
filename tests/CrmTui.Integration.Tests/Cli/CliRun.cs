using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using CrmTui.Cli.Verbs;
using CrmTui.Cli.Verbs.Actions;
using CrmTui.Cli.Verbs.Target;
using CrmTui.Commands.Audit;
using CrmTui.Integration.Tests.Lab;
using CrmTui.Transport;

namespace CrmTui.Integration.Tests.Cli;

/// <summary>
/// Runs crmtui's own verbs in process against the lab: over ssh with the real runners (the
/// lab's key and known_hosts, strict host key checking, the user's ssh config ignored), or
/// locally through the lab's namespace runner. The audit log goes to a private temp file.
/// </summary>
internal sealed class CliRun : IDisposable
{
    /// <summary>No verb may take longer than this: a hang fails the test instead of the run.</summary>
    private static readonly TimeSpan s_limit = TimeSpan.FromSeconds(90);

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "crmtui-it-cli-" + Guid.NewGuid().ToString("N"));

    public CliRun(Func<ClusterTarget, ICommandRunner>? runners = null, Func<StatusRequest, ICommandRunner>? statusRunners = null)
    {
        System.IO.Directory.CreateDirectory(_directory);
        AuditPath = Path.Combine(_directory, "audit.jsonl");
        var context = new ActionVerbContext(runners, () => new JsonLinesAuditLog(AuditPath));
        Root = new RootCommand("crmtui (integration)");
        Root.Add(StatusVerb.Create(statusRunners));
        Root.Add(CheckVerb.Create(statusRunners));
        Root.Add(NodeVerb.Create(context));
        Root.Add(ResourceVerb.Create(context));
        Root.Add(RecordVerb.Create(statusRunners));
        Root.Add(SnapshotVerb.Create(statusRunners));
        Root.Add(ReplayVerb.Create(_ => null));
    }

    public RootCommand Root { get; }

    public string AuditPath { get; }

    /// <summary>A directory removed with this object, for ssh configs and FIFOs.</summary>
    public string Directory => _directory;

    /// <summary>Through the lab's namespace runner, as crmtui run on the node itself.</summary>
    public static CliRun Local(SingleNodeLab lab) => new(_ => lab.Runner, _ => lab.Runner);

    /// <summary>Through the real ssh client (append <see cref="SshArgs"/>).</summary>
    public static CliRun Real() => new();

    /// <summary>The target options for the lab's sshd.</summary>
    public static string[] SshArgs(SingleNodeLab lab, string? knownHosts = null) =>
    [
        "--host", lab.NodeAddress, "--ssh-user", lab.SshUser,
        "--ssh-port", lab.SshPort.ToString(CultureInfo.InvariantCulture), "--identity", lab.IdentityFile,
        "--ssh-config", "none",
        "--ssh-option", $"UserKnownHostsFile={knownHosts ?? lab.KnownHostsFile}", "--ssh-option", "GlobalKnownHostsFile=/dev/null",
        "--ssh-option", "StrictHostKeyChecking=yes", "--ssh-option", "IdentitiesOnly=yes",
    ];

    public Task<Result> RunAsync(params string[] args) => RunAsync(CancellationToken.None, args);

    /// <summary>Runs a verb until it ends or <paramref name="stop"/> is cancelled (what Ctrl-C does
    /// to <c>record</c>); the 90 s limit still applies.</summary>
    public async Task<Result> RunAsync(CancellationToken stop, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var clock = Stopwatch.StartNew();
        var exit = await Root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, stop)
            .WaitAsync(s_limit);
        return new Result(exit, output.ToString(), error.ToString(), clock.Elapsed);
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    public sealed record Result(int Exit, string Output, string Error, TimeSpan Elapsed)
    {
        public override string ToString() => $"exit {Exit} after {Elapsed.TotalSeconds:0.0} s\nstdout: {Output}\nstderr: {Error}";
    }
}
