using CrmTui.Transport;

namespace CrmTui.Integration.Tests.Cli;

/// <summary>
/// The built <c>crmtui</c> executable (the apphost next to the test assembly, built from
/// src/CrmTui.Cli), run as a process: Program.Main and CliApp exactly as an operator or a
/// monitoring system runs them. Its audit log and ssh control sockets go to private XDG
/// directories that this object removes.
/// </summary>
internal sealed class CrmTuiExecutable : IDisposable
{
    private static readonly TimeSpan s_limit = TimeSpan.FromSeconds(90);

    // Short on purpose: ssh control socket paths must fit in 104 bytes.
    private readonly string _directory = Path.Combine("/tmp", "cx" + Guid.NewGuid().ToString("N")[..8]);

    public CrmTuiExecutable()
    {
        Directory.CreateDirectory(StateHome);
        Directory.CreateDirectory(RuntimeDirectory);
        // XDG_RUNTIME_DIR is 0700 by the spec; crmtui checks its ssh control directory is private.
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(RuntimeDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    public static string ExecutablePath { get; } = Path.Combine(AppContext.BaseDirectory, "crmtui");

    public string StateHome => Path.Combine(_directory, "state");

    public string RuntimeDirectory => Path.Combine(_directory, "run");

    /// <summary>Where the executable writes its audit log (<c>$XDG_STATE_HOME/crmtui/audit.jsonl</c>).</summary>
    public string AuditPath => Path.Combine(StateHome, "crmtui", "audit.jsonl");

    /// <summary>Where its ssh control sockets live while it runs (<c>$XDG_RUNTIME_DIR/crmtui-ssh</c>).</summary>
    public string ControlDirectory => Path.Combine(RuntimeDirectory, "crmtui-ssh");

    /// <summary>Runs <c>crmtui args…</c> through <paramref name="runner"/>: the host's own process
    /// runner, or the lab's namespace runner to run it on the node itself (local transport).</summary>
    public Task<CommandResult> RunAsync(ICommandRunner runner, params string[] args) =>
        runner.RunAsync(CommandLine.Of([ExecutablePath, .. args])
            .WithEnvironment("XDG_STATE_HOME", StateHome)
            .WithEnvironment("XDG_RUNTIME_DIR", RuntimeDirectory)
            .WithEnvironment("NO_COLOR", "1")
            .WithTimeout(s_limit));

    public void Dispose()
    {
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    public static string Describe(CommandResult r) =>
        $"exit {r.ExitCode} after {r.Duration.TotalSeconds:0.0} s\nstdout: {r.Stdout}\nstderr: {r.Stderr}";
}
