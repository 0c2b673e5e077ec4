using System.Collections.Immutable;
using CrmTui.Commands;
using CrmTui.Transport;

namespace CrmTui.Tui.Widgets;

/// <summary>
/// A confirmation for a cluster action: what it does, facts that matter for the decision (quorum,
/// whether a fence device can reach the node …), and the exact commands that will run. With
/// <paramref name="TypeToConfirm"/> set (destructive actions) the operator must type that text
/// (e.g. the node name) into <paramref name="Typed"/> before Enter does anything.
/// </summary>
public sealed record ConfirmDialogModel(
    string Title,
    string Description,
    ImmutableArray<CommandLine> Commands,
    Danger Danger,
    ImmutableArray<TextSpan> Facts = default,
    string? TypeToConfirm = null,
    PromptState? Typed = null,
    string? Error = null)
{
    /// <summary>Whether Enter may run the action now.</summary>
    public bool CanConfirm => TypeToConfirm is null || Typed?.Text == TypeToConfirm;
}
