namespace CrmTui.Transport;

/// <summary>
/// Turns ssh's own failures (exit 255 and its stderr) and sudo's refusal into
/// <see cref="TransportException"/>s that name the host and say what to do. The remote command
/// may legitimately exit 255 too, so only stderr lines ssh is known to print are classified.
/// </summary>
internal static class SshFailureClassifier
{
    private const int SshExitCode = 255;

    private static readonly string[] s_hostKeyChanged = ["REMOTE HOST IDENTIFICATION HAS CHANGED", "Host key for", "has changed and you have requested strict checking"];
    private static readonly string[] s_hostKeyUnknown = ["host key is known for", "Host key verification failed", "No matching host key"];
    private static readonly string[] s_connection =
    [
        "Connection refused", "No route to host", "Network is unreachable", "Connection timed out",
        "Operation timed out", "Could not resolve hostname", "Name or service not known",
        "Temporary failure in name resolution", "Connection closed by", "Connection reset",
        "kex_exchange_identification", "not responding", "Broken pipe", "Connection to", "connect to host",
    ];

    public static TransportException? Classify(SshTarget target, string runnerTarget, CommandResult result)
    {
        var stderr = result.Stderr;
        if (target.Sudo && result.ExitCode != 0 && stderr.Contains("sudo:", StringComparison.Ordinal)
            && (stderr.Contains("a password is required", StringComparison.Ordinal)
                || stderr.Contains("a terminal is required", StringComparison.Ordinal)))
        {
            return new TransportException(TransportFailure.SudoNeedsPassword, runnerTarget,
                $"sudo on {target.Host} wants a password, and crmtui never answers prompts: allow the commands with NOPASSWD in sudoers for {target.User ?? "this user"}, or log in as a user that needs no sudo");
        }
        if (result.ExitCode != SshExitCode)
            return null;

        var host = target.Host;
        if (ContainsAny(stderr, s_hostKeyChanged))
            return new TransportException(TransportFailure.HostKeyRejected, runnerTarget,
                $"ssh to {host} refused: its host key has CHANGED since it was recorded in known_hosts. This may be an attack or a reinstalled node; verify the new key out of band, then remove the old one with ssh-keygen -R {host}");
        if (ContainsAny(stderr, s_hostKeyUnknown))
            return new TransportException(TransportFailure.HostKeyRejected, runnerTarget,
                $"ssh to {host} refused: its host key is not in known_hosts; connect once with ssh {host} to verify and accept it, or add it with ssh-keyscan. ssh said: {FirstLine(stderr)}");
        if (stderr.Contains("Permission denied", StringComparison.Ordinal) || stderr.Contains("Too many authentication failures", StringComparison.Ordinal))
            return new TransportException(TransportFailure.AuthenticationFailed, runnerTarget,
                $"ssh to {target.Display} refused the login (key-only, no prompts): load a key into ssh-agent, give one with --identity, or check authorized_keys for {target.User ?? "the login user"} on {host}. ssh said: {FirstLine(stderr)}");
        if (ContainsAny(stderr, s_connection))
            return new TransportException(TransportFailure.ConnectionFailed, runnerTarget,
                $"cannot connect to {target.Display}: {FirstLine(stderr)}. Is the host up, sshd running and the port right?");
        if (stderr.StartsWith("ssh:", StringComparison.Ordinal) || stderr.Contains("mux_client", StringComparison.Ordinal)
            || stderr.Contains("ControlSocket", StringComparison.Ordinal) || stderr.Contains("Bad configuration option", StringComparison.Ordinal)
            || stderr.Contains("command-line line", StringComparison.Ordinal))
            return new TransportException(TransportFailure.SshError, runnerTarget,
                $"ssh to {target.Display} failed: {FirstLine(stderr)}");
        return null;
    }

    private static bool ContainsAny(string text, string[] needles) =>
        needles.Any(n => text.Contains(n, StringComparison.Ordinal));

    private static string FirstLine(string stderr)
    {
        // Skip ssh's banner of '@' lines and blank lines to the first line that says something.
        var line = stderr.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0 && !l.StartsWith('@'));
        return line ?? "(no message)";
    }
}
