using System.Collections.Immutable;
using CrmTui.Core.Recording;
using CrmTui.Tui.Input;
using CrmTui.Tui.Theming;
using CrmTui.Tui.Widgets;

namespace CrmTui.Tui.App;

/// <summary>
/// Moves <c>crmtui replay</c>'s time cursor. The dashboard at frame N is exactly what a live
/// dashboard would have shown when that snapshot arrived: the snapshot, the Events view holding
/// every change from the first frame up to N, the rows changed by step N highlighted, and the
/// clock at the frame's time (ages read as they did then). Pure, like <see cref="Update"/>.
/// </summary>
public static class ReplayNavigation
{
    /// <summary>The dashboard on the first frame of <paramref name="frames"/>; <paramref name="note"/> goes to the status line.</summary>
    public static UiState Start(UiState state, ImmutableArray<ReplayFrame> frames, UiContext context, string? note = null)
    {
        if (frames.IsDefaultOrEmpty)
            throw new ArgumentException("a replay needs at least one frame", nameof(frames));
        var shown = Show(state with { Replay = new ReplayCursor(frames, 0) }, 0, context);
        return note is null ? shown : shown with { Status = new TextSpan(note, StyleRole.Error) };
    }

    public static UiState Step(UiState state, UiCommand command, UiContext context)
    {
        if (state.Replay is not { } cursor)
            return state with { Status = new TextSpan("the time cursor works in a replay: crmtui replay FILE", StyleRole.StatusBar) };
        var last = cursor.Frames.Length - 1;
        var target = command switch
        {
            UiCommand.ReplayPrevious => cursor.Index - 1,
            UiCommand.ReplayNext => cursor.Index + 1,
            UiCommand.ReplayFirst => 0,
            _ => last,
        };
        if (target < 0 || target > last)
        {
            var edge = target < 0 ? "at the first snapshot of the recording" : "at the last snapshot of the recording";
            return state with { Status = new TextSpan(edge, StyleRole.StatusBar) };
        }
        return Show(state, target, context) with { Status = null };
    }

    private static UiState Show(UiState state, int index, UiContext context)
    {
        var cursor = state.Replay! with { Index = index };
        var frames = cursor.Frames;
        var events = ImmutableList<Core.Diff.ClusterEvent>.Empty;
        for (var i = 1; i < index; i++)
            events = EventTimeline.Append(events, frames[i - 1].Snapshot, frames[i].Snapshot, frames[i].At);
        var before = state with
        {
            Replay = cursor,
            Snapshot = index > 0 ? frames[index - 1].Snapshot : null,
            SnapshotAt = index > 0 ? frames[index - 1].At : null,
            Host = index > 0 ? frames[index - 1].Host : null,
            Events = events,
            ChangedAt = ImmutableDictionary<string, DateTimeOffset>.Empty,
            FailoverNotice = null,
            PollError = null,
            PollErrorAt = null,
            Now = frames[index].At,
        };
        var frame = frames[index];
        return Update.Receive(before, new SnapshotReceived(frame.Snapshot, frame.Host, frame.At), context) with { Now = frame.At };
    }
}
