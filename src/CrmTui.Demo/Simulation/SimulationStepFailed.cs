using CrmTui.Transport;

namespace CrmTui.Demo.Simulation;

/// <summary>A Pacemaker tool the simulation ran to move the cluster on failed; carries what it said.</summary>
public sealed class SimulationStepFailed(string step, CommandResult result)
    : Exception($"demo simulation: {step} failed (exit {result.ExitCode}): {FirstLine(result.Stderr)}")
{
    public CommandResult Result { get; } = result;

    private static string FirstLine(string text) =>
        text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "no message";
}
