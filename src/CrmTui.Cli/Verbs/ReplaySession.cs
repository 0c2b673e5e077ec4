using CrmTui.Core.Recording;
using CrmTui.Tui.Input;
using CrmTui.Tui.Theming;

namespace CrmTui.Cli.Verbs;

/// <summary>What <c>crmtui replay</c> opens the dashboard with: the tape, the key table and theme of
/// the configuration (as the live dashboard uses them), the title, and a note for the status line.</summary>
public sealed record ReplaySession(ReplayTape Tape, KeyMap Keys, Theme? Theme, string ClusterName, string? Note);
