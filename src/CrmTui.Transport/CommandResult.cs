namespace CrmTui.Transport;

/// <summary>What a command that ran returned. A command that could not run at all is a
/// <see cref="TransportException"/> instead.</summary>
public sealed record CommandResult(int ExitCode, string Stdout, string Stderr, TimeSpan Duration)
{
    public bool Succeeded => ExitCode == 0;
}
