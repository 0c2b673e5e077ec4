namespace CrmTui.Transport;

/// <summary>A <see cref="RemoteCommandSession"/> ended before it answered: the ssh client's exit
/// code (null when it had not exited yet) and what it printed on standard error.</summary>
public sealed class RemoteSessionEndedException(int? exitCode, string stderr)
    : Exception($"the remote session ended (exit {(exitCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "unknown")}): {stderr.Trim()}")
{
    public int? ExitCode { get; } = exitCode;

    public string Stderr { get; } = stderr;
}
