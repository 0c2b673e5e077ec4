namespace CrmTui.Cli.Launch;

/// <summary>Why the dashboard does not open, as printed on stderr, and the exit code (<see cref="LaunchExitCode"/>).</summary>
public sealed record LaunchProblem(int ExitCode, string Message);
