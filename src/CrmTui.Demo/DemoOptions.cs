using System.Collections.Immutable;
using CrmTui.Demo.Simulation;
using CrmTui.Transport;

namespace CrmTui.Demo;

/// <summary>How to start the demo.</summary>
/// <param name="Path">The PATH to look for Pacemaker's tools on.</param>
/// <param name="ForceReplay">Replay recorded snapshots even where the tools exist.</param>
/// <param name="Scenario">Scripted trouble to play on the simulation; null for none.</param>
/// <param name="Local">Runs the tools (a <see cref="LocalProcessRunner"/> outside tests).</param>
public sealed record DemoOptions(string? Path, bool ForceReplay, Scenario? Scenario, ICommandRunner Local, TimeProvider Clock)
{
    /// <summary>How long each recorded snapshot is shown in replay.</summary>
    public TimeSpan ReplayStep { get; init; } = TimeSpan.FromSeconds(8);

    /// <summary>Where to look for the tools missing from <see cref="Path"/>, to tell the user
    /// which directory to add to PATH; nothing is run from there.</summary>
    public ImmutableArray<string> HintDirectories { get; init; } = PacemakerTools.SystemDirectories;
}
