using System.Collections.Immutable;

namespace CrmTui.Tui.App;

public sealed record UpdateResult(UiState State, ImmutableArray<UiEffect> Effects)
{
    public static implicit operator UpdateResult(UiState state) => new(state, []);
}
