using CrmTui.Tui.App;

namespace CrmTui.Tui.Fleet;

/// <summary>An effect one cluster's dashboard asked for (run an action, refresh now, a highlight
/// timer); the fleet loop carries it out for that cluster alone.</summary>
public sealed record ClusterEffect(string Cluster, UiEffect Inner) : UiEffect;
