using System.Collections.Immutable;
using CrmTui.Tui.Presentation;
using CrmTui.Tui.Theming;
using CrmTui.Tui.Widgets;

namespace CrmTui.Tui.App;

/// <summary>
/// The UI's state machine: (state, message) → (state, effects). Pure — no IO, no clock, no
/// threads — so every behaviour is testable without a terminal. Keys go to <see cref="KeyHandling"/>.
/// </summary>
public static class Update
{
    private const int CommandLogLimit = 500;

    public static UpdateResult Apply(UiState state, UiMessage message, UiContext context) => message switch
    {
        KeyPressed k => KeyHandling.Apply(state, k.Key, context),
        TerminalResized r => new UpdateResult(state with { Size = r.Size }, [new ClearScreen()]),
        ClockTick t => Tick(state with { Now = t.Now }, context),
        SnapshotReceived s when state.Paused => state with { Held = s },
        SnapshotReceived s => WithConstraints(Tick(Receipt(Receive(state, s, context), s), context), s.Safety),
        ConstraintsReceived c => c.Read.Error is { } error
            ? state with { ConstraintsError = error }
            : state with { Constraints = c.Read.Constraints, ConstraintsError = null },
        PollFailed f => state with { PollError = f.Error, PollErrorAt = f.At, Host = state.Host ?? f.Host },
        ActionFinished a => WithConstraints(new UpdateResult(Finished(state, a) with { CommandLog = Trim(state.CommandLog.Add(a.Outcome)) }, [new RefreshNow()]),
            a.Outcome.Action is Commands.Actions.Resources.MoveResource or Commands.Actions.Resources.BanResource or Commands.Actions.Resources.ClearResource),
        _ => state,
    };

    // The constraints are re-read only while the bans section is open, and only when asked
    // (the safety refresh, an action that changes them): never on every update.
    private static UpdateResult WithConstraints(UpdateResult result, bool when) =>
        when && result.State.IsOn(Input.UiCommand.ToggleBans) ? result with { Effects = result.Effects.Add(new FetchConstraints()) } : result;

    // A cleanup that succeeded says what it cleared and waits for the re-probe; any other outcome
    // is its summary. The watch only follows the action it was made for.
    private static UiState Finished(UiState state, ActionFinished a)
    {
        var outcome = a.Outcome;
        if (state.Reprobe is { } watch && watch.Scope.Action == outcome.Action)
        {
            return outcome.Succeeded
                ? state with { Reprobe = watch with { ActionDone = true }, Status = new TextSpan($"done, re-probing: {watch.Scope.Text}", StyleRole.Success) }
                : state with { Reprobe = null, Status = new TextSpan(outcome.Summary, StyleRole.Error) };
        }
        return state with { Status = new TextSpan(outcome.Summary, outcome.Succeeded ? StyleRole.Success : StyleRole.Error) };
    }

    // The first snapshot after a successful cleanup is its receipt: what was cleared, what failed
    // again, and the state the re-probe found.
    private static UiState Receipt(UiState state, SnapshotReceived s)
    {
        if (state.Reprobe is not { ActionDone: true } watch)
        {
            return state;
        }
        var clean = watch.Scope.Matching(s.Snapshot).IsEmpty;
        return state with { Reprobe = null, Status = new TextSpan(watch.Scope.Receipt(s.Snapshot), clean ? StyleRole.Success : StyleRole.Error) };
    }

    /// <summary>Applies a poll result: rows whose content changed are stamped for highlighting,
    /// a change of serving host becomes a failover notice, and "follow" re-finds the selected row.</summary>
    public static UiState Receive(UiState state, SnapshotReceived s, UiContext context)
    {
        var changed = state.ChangedAt;
        if (state.Snapshot is { } previous)
        {
            var before = NodeRows.For(previous, context.Glyphs).ToDictionary(r => r.Id);
            foreach (var row in NodeRows.For(s.Snapshot, context.Glyphs))
            {
                if (!before.TryGetValue(row.Id, out var old) || !old.Cells.SequenceEqual(row.Cells))
                {
                    changed = changed.SetItem(row.Id, s.At);
                }
            }
        }
        if (state.Snapshot is { } prior)
        {
            var known = prior.Failures.Select(FailureRows.IdOf).ToHashSet(StringComparer.Ordinal);
            foreach (var failure in s.Snapshot.Failures.Where(f => !known.Contains(FailureRows.IdOf(f))))
            {
                changed = changed.SetItem(FailureRows.IdOf(failure), s.At);
            }
        }
        var events = EventTimeline.Append(state.Events, state.Snapshot, s.Snapshot, s.At);
        if (state.Snapshot is { } earlier)
        {
            changed = ChangeStamps.Resources(changed, earlier, s.Snapshot, ResourceViewOptions.From(state.IsOn), s.At);
            changed = ChangeStamps.Events(changed, events, s.At);
        }
        var failover = state.Host is { } oldHost && oldHost != s.Host && state.SnapshotAt is not null
            ? $"Now served by {s.Host}: {oldHost} stopped answering" + (state.PollError is { } e ? $" ({e})" : "")
            : state.FailoverNotice;
        var next = state with
        {
            Snapshot = s.Snapshot,
            SnapshotAt = s.At,
            Host = s.Host,
            PollError = null,
            PollErrorAt = null,
            FailoverNotice = failover,
            ChangedAt = changed,
            Events = events,
            EventHosts = EventTimeline.Hosts(state.EventHosts, events, s.At, s.Host),
            Now = s.At > state.Now ? s.At : state.Now,
        };
        return Navigation.Reconcile(next, context);
    }

    // Drops expired highlights; while some remain, asks for a tick when the next one expires.
    private static UpdateResult Tick(UiState state, UiContext context)
    {
        var live = state.ChangedAt.Where(p => state.Now - p.Value < context.ChangeHighlight).ToImmutableDictionary();
        var next = live.Count == state.ChangedAt.Count ? state : state with { ChangedAt = live };
        if (live.Count == 0)
        {
            return next;
        }
        var due = live.Values.Min() + context.ChangeHighlight - state.Now;
        return new UpdateResult(next, [new ScheduleTick(due > TimeSpan.Zero ? due : TimeSpan.FromMilliseconds(1))]);
    }


    private static ImmutableList<T> Trim<T>(ImmutableList<T> list) =>
        list.Count > CommandLogLimit ? list.RemoveRange(0, list.Count - CommandLogLimit) : list;
}
