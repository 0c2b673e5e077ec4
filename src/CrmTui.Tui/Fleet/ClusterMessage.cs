using CrmTui.Tui.App;

namespace CrmTui.Tui.Fleet;

/// <summary>A message for one cluster's dashboard (its watcher's fetch, its finished action, its
/// highlight timer): the fleet applies <paramref name="Inner"/> to that cluster's state alone.</summary>
public sealed record ClusterMessage(string Cluster, UiMessage Inner) : UiMessage;
