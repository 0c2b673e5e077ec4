using CrmTui.Tui.App;

namespace CrmTui.Tui.Fleet;

/// <summary>One configured cluster in the fleet: its name (the <c>[[cluster]]</c> profile's) and the
/// context its own dashboard runs with (read-only reason, cluster name in the title).</summary>
public sealed record FleetMember(string Name, UiContext Context);
