namespace CrmTui.Core.Recording;

/// <summary>
/// One command's result in a snapshot bundle. <see cref="Succeeded"/> is false when the command
/// exited non-zero or could not be run; <see cref="Failure"/> then says why (the exit code and
/// the last stderr line, or the transport's message). Output is kept whatever the outcome.
/// </summary>
public sealed record IncidentPart(string Name, string File, string Command, int? ExitCode, string Stdout, string Stderr, string? Failure)
{
    public bool Succeeded => Failure is null;

    /// <summary>The bundle member holding stderr (only written when there is any).</summary>
    public string StderrFile => Name + ".stderr";
}
