using System.Collections.Immutable;
using CrmTui.Tui.App;

namespace CrmTui.Tui.Fleet;

public sealed record FleetResult(FleetState State, ImmutableArray<UiEffect> Effects)
{
    public static implicit operator FleetResult(FleetState state) => new(state, []);
}
