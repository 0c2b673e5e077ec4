using System.Collections.Immutable;

namespace CrmTui.Demo.Simulation;

/// <summary>One scripted change of a scenario: first after <paramref name="At"/>, then every <paramref name="Every"/> if set.</summary>
public sealed record ScenarioStep(TimeSpan At, SimulatedChange Change, TimeSpan? Every = null);

/// <summary>Scripted trouble played on the simulation (<c>crmtui demo --scenario NAME</c>).</summary>
public sealed record Scenario(string Name, string Description, ImmutableArray<ScenarioStep> Steps);
