using System.Collections.Immutable;
using CrmTui.Commands.Execution;
using CrmTui.Core.Model;
using CrmTui.Tui.Input;
using CrmTui.Tui.Terminal;
using CrmTui.Tui.Widgets;

namespace CrmTui.Tui.App;

/// <summary>
/// All UI state, immutable. Only the main loop's thread holds it; <see cref="Update"/> returns a
/// new one per message, and screens render from it alone (the clock is <see cref="Now"/>).
/// </summary>
public sealed record UiState
{
    public TerminalSize Size { get; init; } = new(80, 24);
    public DateTimeOffset Now { get; init; }
    public ViewKind View { get; init; } = ViewKind.Nodes;
    public ImmutableDictionary<ViewKind, ViewPosition> Positions { get; init; } = ImmutableDictionary<ViewKind, ViewPosition>.Empty;

    /// <summary>Display toggles that are on (crm_mon's letters). The summary header and pending operations start on, as in crm_mon.</summary>
    public ImmutableHashSet<UiCommand> Toggles { get; init; } = [UiCommand.ToggleHeaders, UiCommand.TogglePending];

    public int FenceHistoryLevel { get; init; } = 1;
    public bool HelpVisible { get; init; }

    /// <summary>The detail panel of the selected row is open (Enter); it follows the selection.</summary>
    public bool DetailOpen { get; init; }
    public int HelpScroll { get; init; }
    public PromptKind? PromptKind { get; init; }
    public PromptState? Prompt { get; init; }

    /// <summary>Row filter: a case-insensitive regex; a leading <c>!</c> keeps the rows that do not match.</summary>
    public string Filter { get; init; } = "";

    public string? FilterError { get; init; }

    /// <summary>What Tab completion in the command line has to say (the matches, or none).</summary>
    public string? PromptNote { get; init; }
    public PendingAction? Dialog { get; init; }

    /// <summary>An open node picker (move): it takes every key until a node is chosen or it is cancelled.</summary>
    public NodePick? Picker { get; init; }

    /// <summary>A cleanup or refresh whose receipt (what the re-probe found) is still to come.</summary>
    public ReprobeWatch? Reprobe { get; init; }
    public bool Paused { get; init; }
    public bool Follow { get; init; }
    public TextSpan? Status { get; init; }

    public ClusterSnapshot? Snapshot { get; init; }
    public DateTimeOffset? SnapshotAt { get; init; }
    public string? Host { get; init; }

    /// <summary>Snapshot that arrived while paused; shown on resume.</summary>
    public SnapshotReceived? Held { get; init; }

    public string? PollError { get; init; }
    public DateTimeOffset? PollErrorAt { get; init; }

    /// <summary>Set when the serving host changed (failover), e.g. "alpha-01 stopped answering".</summary>
    public string? FailoverNotice { get; init; }

    /// <summary>Row id → when it last changed; rows changed within the highlight time are drawn highlighted.</summary>
    public ImmutableDictionary<string, DateTimeOffset> ChangedAt { get; init; } = ImmutableDictionary<string, DateTimeOffset>.Empty;

    /// <summary>Every action's outcome (argv, exit code, output), newest last.</summary>
    public ImmutableList<ActionOutcome> CommandLog { get; init; } = [];

    /// <summary>What changed between polls (the Events view), oldest first; see <see cref="EventTimeline"/>.</summary>
    public ImmutableList<Core.Diff.ClusterEvent> Events { get; init; } = [];

    /// <summary>The CIB's location constraints as last read (only while the bans section is open; see <see cref="FetchConstraints"/>).</summary>
    public System.Collections.Immutable.ImmutableArray<Core.Constraints.LocationConstraint> Constraints { get; init; } = [];

    /// <summary>Why the last constraints read failed; null when it worked (or none was tried).</summary>
    public string? ConstraintsError { get; init; }

    /// <summary>The host whose status each poll's events came from, by the events' time (the Events view's detail).</summary>
    public ImmutableDictionary<DateTimeOffset, string> EventHosts { get; init; } = ImmutableDictionary<DateTimeOffset, string>.Empty;

    /// <summary>Set in <c>crmtui replay</c>: the recording and the frame shown (the clock is the frame's time).</summary>
    public ReplayCursor? Replay { get; init; }

    public bool QuitRequested { get; init; }

    public ViewPosition Position => Positions.GetValueOrDefault(View) ?? new ViewPosition();

    public bool IsOn(UiCommand toggle) => Toggles.Contains(toggle);

    public UiState WithPosition(ViewPosition position) => this with { Positions = Positions.SetItem(View, position) };
}
