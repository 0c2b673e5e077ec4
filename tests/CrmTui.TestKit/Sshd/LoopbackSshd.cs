using System.Collections.Immutable;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using CrmTui.Transport;

namespace CrmTui.TestKit.Sshd;

/// <summary>
/// A real OpenSSH server on 127.0.0.1 and a free port, for tests: a generated host key and client
/// key, an authorized_keys holding the client key, a private known_hosts holding the host key in
/// <c>[127.0.0.1]:port</c> form, key-only login, everything in a private temp directory that is
/// removed on dispose. It logs in as the current user, so it needs root (sshd's privilege
/// separation); use <see cref="WhyUnavailable"/> or <see cref="StartOrSkip"/> first.
/// </summary>
public sealed class LoopbackSshd : IDisposable
{
    private const string SshdPath = "/usr/sbin/sshd";
    private const string KeygenPath = "/usr/bin/ssh-keygen";
    private const string SessionMarker = "CRMTUI_LOOPBACK_SSHD";

    private readonly Process _process;
    private readonly StringBuilder _log;

    private LoopbackSshd(string directory, int port, Process process, StringBuilder log)
    {
        Directory = directory;
        Port = port;
        _process = process;
        _log = log;
    }

    /// <summary>The private directory with keys, config and known_hosts.</summary>
    public string Directory { get; }

    public int Port { get; }

    public static string Host => "127.0.0.1";

    public string ClientKeyPath => Path.Combine(Directory, "client_ed25519");

    public string KnownHostsPath => Path.Combine(Directory, "known_hosts");

    /// <summary>An empty known_hosts, for host-key rejection tests.</summary>
    public string EmptyKnownHostsPath => Path.Combine(Directory, "known_hosts.empty");

    /// <summary>sshd's own log so far (it runs with -e), for failure messages.</summary>
    public string Log
    {
        get { lock (_log) return _log.ToString(); }
    }

    /// <summary>
    /// A target for this server that ignores the user's ~/.ssh/config and the global known_hosts,
    /// checks the host key strictly against the private known_hosts, and offers only the
    /// generated key.
    /// </summary>
    public SshTarget Target(bool multiplex = true) => new(Host)
    {
        Port = Port,
        User = Environment.UserName,
        IdentityFile = ClientKeyPath,
        ConfigFile = "none",
        Multiplex = multiplex,
        ExtraOptions =
        [
            "UserKnownHostsFile=" + KnownHostsPath,
            "GlobalKnownHostsFile=/dev/null",
            "StrictHostKeyChecking=yes",
            "IdentitiesOnly=yes",
            "IdentityAgent=none",
        ],
    };

    /// <summary>
    /// An ssh_config for this server (host key, identity, strict checking), for <c>-F</c>. Unlike
    /// <c>-o</c> options, <c>-F</c> is handed on to the ssh that ProxyJump starts for the jump
    /// host, so jump-host tests need it.
    /// </summary>
    public string ClientConfigPath => Path.Combine(Directory, "ssh_config");

    /// <summary>A target for this server configured through <see cref="ClientConfigPath"/> only.</summary>
    public SshTarget ConfigFileTarget(bool multiplex = true) => new(Host)
    {
        Port = Port,
        User = Environment.UserName,
        ConfigFile = ClientConfigPath,
        Multiplex = multiplex,
    };

    /// <summary>Why a loopback sshd cannot run here, or null if it can.</summary>
    public static string? WhyUnavailable()
    {
        if (!OperatingSystem.IsLinux())
            return "the loopback sshd fixture needs Linux";
        if (!Environment.IsPrivilegedProcess)
            return "the loopback sshd fixture needs root (sshd privilege separation and login as the test user); run the tests as root";
        foreach (var tool in new[] { SshdPath, KeygenPath, "/usr/bin/ssh" })
        {
            if (!File.Exists(tool))
                return $"{tool} is missing; install openssh-server and openssh-client (tests/scripts/install-test-deps.sh)";
        }
        return null;
    }

    /// <summary>
    /// Starts a server, or returns null with the reason written to <paramref name="log"/> when it
    /// cannot run here. When the environment variable CI is "true" it throws instead: CI must run
    /// these tests, never skip them.
    /// </summary>
    public static LoopbackSshd? StartOrSkip(Action<string> log)
    {
        ArgumentNullException.ThrowIfNull(log);
        if (SkipMessage(WhyUnavailable(), Environment.GetEnvironmentVariable("CI")) is { } message)
        {
            log(message);
            return null;
        }
        return Start();
    }

    /// <summary>
    /// The skip message for <paramref name="unavailableReason"/> (null: nothing to skip); throws
    /// when <paramref name="ciVariable"/> is "true", because CI must never skip these tests.
    /// </summary>
    public static string? SkipMessage(string? unavailableReason, string? ciVariable)
    {
        if (unavailableReason is null)
            return null;
        if (string.Equals(ciVariable, "true", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException($"CI=true and the ssh tests cannot run: {unavailableReason}");
        return $"SKIPPED: {unavailableReason}";
    }

    /// <summary>Starts a server; throws with sshd's log when it does not come up.</summary>
    /// <param name="skipShellStartupFiles">Keep the login user's ~/.bashrc out of every session
    /// (see the SetEnv line of the generated config); false runs sessions as a real login would.</param>
    public static LoopbackSshd Start(bool skipShellStartupFiles = true)
    {
        if (WhyUnavailable() is { } reason)
            throw new InvalidOperationException(reason);
        // sshd refuses to start without its privilege separation directory.
        System.IO.Directory.CreateDirectory("/run/sshd");
        var directory = System.IO.Directory.CreateTempSubdirectory("crmtui-sshd-").FullName;
        try
        {
            Keygen(Path.Combine(directory, "host_ed25519"));
            Keygen(Path.Combine(directory, "client_ed25519"));
            File.Copy(Path.Combine(directory, "client_ed25519.pub"), Path.Combine(directory, "authorized_keys"));
            File.WriteAllText(Path.Combine(directory, "known_hosts.empty"), "");
            Exception? last = null;
            // A free port can be taken between probing and binding; try a few.
            for (var attempt = 0; attempt < 5; attempt++)
            {
                try
                {
                    return StartOn(directory, FreePort(), skipShellStartupFiles);
                }
                catch (InvalidOperationException ex) when (ex.Message.Contains("Address already in use", StringComparison.Ordinal))
                {
                    last = ex;
                }
            }
            throw new InvalidOperationException("sshd could not bind a free loopback port", last);
        }
        catch
        {
            TryDelete(directory);
            throw;
        }
    }

    /// <summary>Writes a second host key of another type into known_hosts under this server's name,
    /// making ssh see a key that differs from the recorded one.</summary>
    public string WriteWrongKnownHosts()
    {
        var other = Path.Combine(Directory, "other_ed25519");
        if (!File.Exists(other))
            Keygen(other);
        var path = Path.Combine(Directory, "known_hosts.wrong");
        File.WriteAllText(path, $"[{Host}]:{Port} {PublicKeyBody(other + ".pub")}\n");
        return path;
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
        }
        _process.Dispose();
        KillOrphanedSessions(SessionMarker + "=" + Directory);
        TryDelete(Directory);
    }

    // Kills the processes started by this server's sessions (and only those): each carries the
    // marker variable in its environment.
    private static void KillOrphanedSessions(string marker)
    {
        foreach (var dir in System.IO.Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid) || pid == Environment.ProcessId)
                continue;
            try
            {
                var environ = File.ReadAllText(Path.Combine(dir, "environ"));
                if (!environ.Split('\0').Contains(marker))
                    continue;
                using var process = Process.GetProcessById(pid);
                process.Kill(entireProcessTree: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException)
            {
                // Gone meanwhile, or not ours to read.
            }
        }
    }

    private static LoopbackSshd StartOn(string directory, int port, bool skipShellStartupFiles)
    {
        var config = Path.Combine(directory, "sshd_config");
        File.WriteAllText(config, string.Join('\n',
        [
            $"Port {port}",
            $"ListenAddress {Host}",
            $"HostKey {Path.Combine(directory, "host_ed25519")}",
            "PidFile none",
            $"AuthorizedKeysFile {Path.Combine(directory, "authorized_keys")}",
            "PubkeyAuthentication yes",
            "PasswordAuthentication no",
            "KbdInteractiveAuthentication no",
            "PermitRootLogin prohibit-password",
            "UsePAM no",
            // The temp directory sits under world-writable /tmp, which StrictModes rejects.
            "StrictModes no",
            "MaxSessions 50",
            "MaxStartups 50:30:100",
            "PermitUserEnvironment no",
            "X11Forwarding no",
            // Local forwarding lets the server be its own ProxyJump hop (ssh -W) in jump tests.
            "AllowTcpForwarding local",
            "LogLevel INFO",
            // Marks every session process so Dispose can find the ones sshd orphaned: without a
            // pty, sshd does not signal a session's command when the connection closes.
            // SHLVL=1 makes the login shell count itself as nested, and Debian's bash then skips
            // the ~/.bashrc it otherwise sources for ssh commands: the account's rc files (here
            // root's pyenv init, ~150 ms) are not what the tests or the transport bench measure.
            $"SetEnv {SessionMarker}={directory}" + (skipShellStartupFiles ? " SHLVL=1" : ""),
            "",
        ]));
        var hostPub = PublicKeyBody(Path.Combine(directory, "host_ed25519.pub"));
        // "localhost" names the same server for jump tests (ssh refuses a jump to the jump host itself).
        File.WriteAllText(Path.Combine(directory, "known_hosts"), $"[{Host}]:{port},[localhost]:{port} {hostPub}\n");
        File.WriteAllText(Path.Combine(directory, "ssh_config"), string.Join('\n',
        [
            $"Host {Host} localhost",
            $"  UserKnownHostsFile {Path.Combine(directory, "known_hosts")}",
            "  GlobalKnownHostsFile /dev/null",
            "  StrictHostKeyChecking yes",
            $"  IdentityFile {Path.Combine(directory, "client_ed25519")}",
            "  IdentitiesOnly yes",
            "  IdentityAgent none",
            "  BatchMode yes",
            "",
        ]));

        var psi = new ProcessStartInfo(SshdPath)
        {
            UseShellExecute = false,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            RedirectStandardInput = true,
        };
        // sshd re-execs itself and insists on an absolute path, which SshdPath is.
        foreach (var arg in new[] { "-D", "-e", "-f", config })
            psi.ArgumentList.Add(arg);
        var log = new StringBuilder();
        var process = new Process { StartInfo = psi };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.AppendLine(e.Data); };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.AppendLine(e.Data); };
        process.Start();
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();

        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(15))
        {
            if (process.HasExited)
            {
                process.WaitForExit();
                string text;
                lock (log) text = log.ToString();
                process.Dispose();
                throw new InvalidOperationException($"sshd exited with {process.ExitCode} at start: {text}");
            }
            if (Accepts(port))
                return new LoopbackSshd(directory, port, process, log);
            Thread.Sleep(50);
        }
        process.Kill(entireProcessTree: true);
        process.Dispose();
        throw new InvalidOperationException($"sshd did not listen on {Host}:{port} within 15 s");
    }

    private static bool Accepts(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static void Keygen(string path)
    {
        var psi = new ProcessStartInfo(KeygenPath) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "-q", "-t", "ed25519", "-N", "", "-C", "crmtui-test", "-f", path })
            psi.ArgumentList.Add(arg);
        using var process = Process.Start(psi)!;
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"ssh-keygen failed for {path}: {stderr.Result}");
    }

    // "ssh-ed25519 AAAA… comment" → "ssh-ed25519 AAAA…" (known_hosts wants type and key).
    private static string PublicKeyBody(string pubPath)
    {
        var parts = File.ReadAllText(pubPath).Trim().Split(' ');
        return parts[0] + " " + parts[1];
    }

    private static void TryDelete(string directory)
    {
        try
        {
            System.IO.Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
