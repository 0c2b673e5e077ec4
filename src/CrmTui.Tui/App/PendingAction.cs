using CrmTui.Commands;
using CrmTui.Tui.Widgets;

namespace CrmTui.Tui.App;

/// <summary>An action waiting in a confirmation dialog.</summary>
public sealed record PendingAction(ClusterAction Action, ConfirmDialogModel Dialog);
