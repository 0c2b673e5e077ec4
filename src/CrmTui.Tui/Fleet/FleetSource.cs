using CrmTui.Commands.Watch;
using CrmTui.Transport;

namespace CrmTui.Tui.Fleet;

/// <summary>Where one fleet cluster's status comes from: its runner (local, ssh, failover, or a
/// <c>CIB_file</c> simulation) and how its watcher watches.</summary>
public sealed record FleetSource(string Name, ICommandRunner Runner, WatchOptions? Watch = null);
