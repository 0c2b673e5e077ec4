using System.Globalization;
using CrmTui.Transport;

namespace CrmTui.Integration.Tests.Lab;

/// <summary>
/// A non-root login user on the lab node, seen only inside the node's mount namespace: copies of
/// the host's <c>/etc/passwd</c> and <c>/etc/shadow</c> with one more line are bind-mounted over
/// the originals there, its home (with the lab's client key authorised) is in the node's private
/// <c>/run</c>, and a private tmpfs over <c>/etc/sudoers.d</c> holds its sudo rule, if any. The
/// host's files are never written; <see cref="DisposeAsync"/> unmounts and removes everything, and
/// lab teardown would drop it with the namespace anyway.
/// </summary>
public sealed class LabLoginUser : IAsyncDisposable
{
    public const string Name = "crmtui-op";
    private const string Work = "/run/crmtui-login-user";
    private const string Home = "/run/" + Name;
    private const string RuleFile = "/etc/sudoers.d/" + Name;
    private static readonly string[] s_mounts = ["/etc/sudoers.d", "/etc/shadow", "/etc/passwd"];
    private readonly ICommandRunner _node;
    private readonly string _staging = Directory.CreateTempSubdirectory("crmtui-it-user-").FullName;

    private LabLoginUser(ICommandRunner node) => _node = node;

    /// <summary>Adds the user (no sudo rule yet).</summary>
    public static async Task<LabLoginUser> AddAsync(SingleNodeLab lab)
    {
        ArgumentNullException.ThrowIfNull(lab);
        var user = new LabLoginUser(lab.Runner);
        try
        {
            await user.SetUpAsync();
            return user;
        }
        catch
        {
            await user.DisposeAsync();
            throw;
        }
    }

    /// <summary>Lets the user run anything as root through sudo without a password.</summary>
    public Task AllowSudoWithoutPasswordAsync() =>
        InstallAsync($"{Name} ALL=(root) NOPASSWD: ALL\n", RuleFile, "0440");

    /// <summary>Takes the sudo rule away again: sudo then wants a password.</summary>
    public Task RevokeSudoAsync() => RunAsync("rm", "-f", RuleFile);

    /// <summary>The user's entry as the node resolves it (null: unknown there).</summary>
    public async Task<string?> LookUpAsync()
    {
        var result = await _node.RunAsync(CommandLine.Of("getent", "passwd", Name).WithTimeout(TimeSpan.FromSeconds(10)));
        return result.ExitCode == 0 ? result.Stdout.Trim() : null;
    }

    private async Task SetUpAsync()
    {
        var passwd = await File.ReadAllTextAsync("/etc/passwd");
        if (passwd.Split('\n').Any(l => l.StartsWith(Name + ":", StringComparison.Ordinal)))
            throw new InvalidOperationException($"the host already has a user {Name}; this test adds its own inside the lab only");
        var used = passwd.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split(':')).Where(f => f.Length > 2).Select(f => int.Parse(f[2], CultureInfo.InvariantCulture)).ToHashSet();
        var uid = Enumerable.Range(4200, 1000).First(u => !used.Contains(u));
        const int nogroup = 65534;
        var id = uid.ToString(CultureInfo.InvariantCulture);

        await RunAsync("install", "-d", "-m", "0755", Work);
        await InstallAsync(passwd.TrimEnd('\n') + $"\n{Name}:x:{id}:{nogroup}:crmtui sudo test:{Home}:/bin/sh\n", Work + "/passwd", "0644");
        var shadow = await File.ReadAllTextAsync("/etc/shadow");
        await InstallAsync(shadow.TrimEnd('\n') + $"\n{Name}:*:20000:0:99999:7:::\n", Work + "/shadow", "0640");
        await RunAsync("mount", "--bind", Work + "/passwd", "/etc/passwd");
        await RunAsync("mount", "--bind", Work + "/shadow", "/etc/shadow");
        await RunAsync("mount", "-t", "tmpfs", "-o", "mode=0755,size=1m", "crmtui-lab", "/etc/sudoers.d");

        // The lab's sshd reads .ssh/authorized_keys in each user's home, as the user.
        await RunAsync("install", "-d", "-m", "0755", "-o", id, "-g", "65534", Home);
        await RunAsync("install", "-d", "-m", "0700", "-o", id, "-g", "65534", Home + "/.ssh");
        await RunAsync("install", "-m", "0600", "-o", id, "-g", "65534", "/root/.ssh/authorized_keys", Home + "/.ssh/authorized_keys");
    }

    // Writes text on the host (a private staging directory), then installs it into the node.
    private async Task InstallAsync(string text, string target, string mode)
    {
        var staged = Path.Combine(_staging, Path.GetFileName(target));
        await File.WriteAllTextAsync(staged, text);
        await RunAsync("install", "-m", mode, staged, target);
        File.Delete(staged);
    }

    private async Task RunAsync(params string[] argv)
    {
        var result = await _node.RunAsync(CommandLine.Of(argv).WithTimeout(TimeSpan.FromSeconds(20)));
        if (result.ExitCode != 0)
            throw new InvalidOperationException($"{string.Join(' ', argv)} in the lab node: exit {result.ExitCode}: {result.Stderr.Trim()}");
    }

    public async ValueTask DisposeAsync()
    {
        // Every step runs whatever the others did: a half-made user is taken apart as far as it got.
        foreach (var mount in s_mounts)
            await _node.RunAsync(CommandLine.Of("umount", mount).WithTimeout(TimeSpan.FromSeconds(20)));
        await _node.RunAsync(CommandLine.Of("rm", "-rf", Home, Work).WithTimeout(TimeSpan.FromSeconds(20)));
        try
        {
            Directory.Delete(_staging, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
