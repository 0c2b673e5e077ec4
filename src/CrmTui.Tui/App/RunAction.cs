using CrmTui.Commands;

namespace CrmTui.Tui.App;

/// <summary>Run an action through the executor, off the UI thread; its outcome comes back as <see cref="ActionFinished"/>.</summary>
public sealed record RunAction(ClusterAction Action, bool Confirmed) : UiEffect;
