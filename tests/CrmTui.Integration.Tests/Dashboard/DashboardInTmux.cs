using CrmTui.Integration.Tests.Cli;
using CrmTui.Integration.Tests.Lab;

namespace CrmTui.Integration.Tests.Dashboard;

/// <summary>
/// The built <c>crmtui</c> binary, with no verb, in a tmux pane, against the lab over ssh (its key,
/// its known_hosts, strict host key checking). HOME and the XDG directories point into a private
/// directory: no user configuration is read, the audit log and the ssh control sockets land there.
/// The shell records <c>stty -a</c> before the dashboard starts, crmtui's pid, and its exit code.
/// </summary>
internal sealed class DashboardInTmux : IAsyncDisposable
{
    public const int Width = 120;
    public const int Height = 36;

    private DashboardInTmux(string directory, TmuxPane pane)
    {
        Directory = directory;
        Pane = pane;
    }

    public string Directory { get; }
    public TmuxPane Pane { get; }
    public string AuditLog => Path.Combine(Directory, "state", "crmtui", "audit.jsonl");
    public string ControlSockets => Path.Combine(Directory, "run", "crmtui-ssh");
    public string SttyBefore => Path.Combine(Directory, "stty-before");
    public string ExitFile => Path.Combine(Directory, "exit");
    public string PidFile => Path.Combine(Directory, "pid");

    /// <summary>The executable the build put beside the tests (the CLI project is referenced).</summary>
    public static string Binary => Path.Combine(AppContext.BaseDirectory, "crmtui");

    public static Task<DashboardInTmux> StartAsync(SingleNodeLab lab, params string[] options) =>
        StartAsync([Binary, .. CliRun.SshArgs(lab), .. options], new Dictionary<string, string>());

    /// <summary>As <see cref="StartAsync(SingleNodeLab, string[])"/>, with <paramref name="environment"/> added to the pane's.</summary>
    public static Task<DashboardInTmux> StartAsync(SingleNodeLab lab, IReadOnlyDictionary<string, string> environment, params string[] options) =>
        StartAsync([Binary, .. CliRun.SshArgs(lab), .. options], environment);

    /// <summary><c>crmtui demo</c> (the simulated cluster, or its recorded replay where Pacemaker's tools
    /// are missing): no lab, no root. <paramref name="environment"/> is added to the pane's.</summary>
    public static Task<DashboardInTmux> StartDemoAsync(IReadOnlyDictionary<string, string> environment) =>
        StartAsync([Binary, "demo"], environment);

    private static async Task<DashboardInTmux> StartAsync(string[] argv, IReadOnlyDictionary<string, string> extra)
    {
        // Short (ssh control sockets live under it: a 104-byte path limit) and 0700, as made by mkdtemp.
        var directory = System.IO.Directory.CreateTempSubdirectory("crmtui-dash-").FullName;
        foreach (var sub in (string[])["config", "state", "run"])
            System.IO.Directory.CreateDirectory(Path.Combine(directory, sub));
        var environment = new Dictionary<string, string>
        {
            ["HOME"] = directory,
            ["XDG_CONFIG_HOME"] = Path.Combine(directory, "config"),
            ["XDG_STATE_HOME"] = Path.Combine(directory, "state"),
            ["XDG_RUNTIME_DIR"] = Path.Combine(directory, "run"),
            ["LANG"] = "C.UTF-8",
            ["PS1"] = "$ ",
            // The pane's bash is killed with the tmux server; it must not write a history file afterwards.
            ["HISTFILE"] = "/dev/null",
        };
        foreach (var (name, value) in extra)
            environment[name] = value;
        var pane = await TmuxPane.StartAsync(Width, Height, environment);
        var session = new DashboardInTmux(directory, pane);
        // tmux gives the pane the server's PATH whatever new-session -e says: set it in the shell.
        if (extra.TryGetValue("PATH", out var path))
            await pane.RunAsync($"export PATH={TmuxPane.Quote(path)}");
        await pane.RunAsync($"stty -a > {TmuxPane.Quote(session.SttyBefore)}");
        await TmuxPane.WaitForFileAsync(session.SttyBefore, TimeSpan.FromSeconds(20));

        // sh records crmtui's pid, then becomes crmtui; the interactive shell records its exit code.
        var words = argv.Select(TmuxPane.Quote);
        await pane.RunAsync($"sh -c 'echo $$ > \"$0\"; exec \"$@\"' {TmuxPane.Quote(session.PidFile)} {string.Join(' ', words)}; "
            + $"echo \"exit=$?\" > {TmuxPane.Quote(session.ExitFile)}");
        return session;
    }

    /// <summary>Waits for crmtui's exit code, then checks the terminal: the same <c>stty -a</c> as before,
    /// the main screen back, and a shell that runs the next command.</summary>
    public async Task<string> AssertTerminalRestoredAsync()
    {
        var exit = (await TmuxPane.WaitForFileAsync(ExitFile, TimeSpan.FromSeconds(30))).Trim();
        var after = Path.Combine(Directory, "stty-after");
        await Pane.RunAsync($"stty -a > {TmuxPane.Quote(after)}; echo sane-$((40+2))");
        await Pane.WaitForAsync("the shell answers after crmtui", s => s.Contains("sane-42", StringComparison.Ordinal), TimeSpan.FromSeconds(20));
        Assert.Equal(await File.ReadAllTextAsync(SttyBefore), await TmuxPane.WaitForFileAsync(after, TimeSpan.FromSeconds(20)));
        Assert.Equal("0", await Pane.FormatAsync("#{alternate_on}"));
        Assert.Equal("1", await Pane.FormatAsync("#{cursor_flag}"));
        return exit;
    }

    /// <summary>ssh control sockets left in crmtui's control directory (none once its masters are closed).</summary>
    public string[] LiveControlSockets() =>
        System.IO.Directory.Exists(ControlSockets) ? System.IO.Directory.GetFileSystemEntries(ControlSockets) : [];

    public async ValueTask DisposeAsync()
    {
        await Pane.DisposeAsync();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
