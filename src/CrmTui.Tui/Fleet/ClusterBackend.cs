using CrmTui.Tui.App;

namespace CrmTui.Tui.Fleet;

/// <summary>What the fleet loop does for one cluster's effects: run its actions (through that
/// cluster's own executor) and ask its watcher for a fetch now.</summary>
public sealed record ClusterBackend(MainLoop.ActionRunner RunAction, Action RefreshNow);
