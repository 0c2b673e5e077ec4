using CrmTui.Core.Model;

namespace CrmTui.Core.Diff;

/// <summary>Node attributes, bans, tickets and the fence history.</summary>
internal static class RecordsDiff
{
    public static void Compare(ClusterSnapshot previous, ClusterSnapshot next, List<ClusterEvent> into)
    {
        CompareAttributes(previous, next, into);
        CompareBans(previous, next, into);
        CompareTickets(previous, next, into);
        CompareFenceHistory(previous, next, into);
    }

    private static void CompareAttributes(ClusterSnapshot previous, ClusterSnapshot next, List<ClusterEvent> into)
    {
        var before = new Dictionary<(string, string), string>();
        foreach (var a in previous.AllNodeAttributes())
        {
            before.TryAdd((a.Node, a.Name), a.Value);
        }

        var seen = new HashSet<(string, string)>();
        foreach (var a in next.AllNodeAttributes())
        {
            if (!seen.Add((a.Node, a.Name)))
            {
                continue;
            }

            if (!before.TryGetValue((a.Node, a.Name), out var was))
            {
                into.Add(new NodeAttributeAdded(a.Node, a.Name, a.Value));
            }
            else if (was != a.Value)
            {
                into.Add(new NodeAttributeChanged(a.Node, a.Name, was, a.Value));
            }
        }

        foreach (var ((node, name), was) in before)
        {
            if (!seen.Contains((node, name)))
            {
                into.Add(new NodeAttributeRemoved(node, name, was));
            }
        }
    }

    private static void CompareBans(ClusterSnapshot previous, ClusterSnapshot next, List<ClusterEvent> into)
    {
        // Keyed by everything that matters, so a ban whose weight or role changed reads as
        // removed then added.
        static (string, string, string, int, bool) Key(Ban b) => (b.Id, b.Resource, b.Node, b.Weight, b.PromotedOnly);
        var before = previous.Bans.Select(Key).ToHashSet();
        var after = next.Bans.Select(Key).ToHashSet();
        foreach (var b in after.Where(k => !before.Contains(k)))
        {
            into.Add(new BanAdded(b.Item1, b.Item2, b.Item3, b.Item4, b.Item5));
        }

        foreach (var b in before.Where(k => !after.Contains(k)))
        {
            into.Add(new BanRemoved(b.Item1, b.Item2, b.Item3, b.Item4, b.Item5));
        }
    }

    private static void CompareTickets(ClusterSnapshot previous, ClusterSnapshot next, List<ClusterEvent> into)
    {
        // A ticket that is not listed is neither granted nor in standby.
        var before = previous.Tickets.GroupBy(t => t.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var after = next.Tickets.GroupBy(t => t.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var id in before.Keys.Union(after.Keys, StringComparer.Ordinal))
        {
            var was = before.GetValueOrDefault(id);
            var now = after.GetValueOrDefault(id);
            var grantedBefore = was?.Granted ?? false;
            var grantedNow = now?.Granted ?? false;
            if (grantedBefore != grantedNow)
            {
                into.Add(grantedNow ? new TicketGranted(id) : new TicketRevoked(id));
            }

            var standbyBefore = was?.Standby ?? false;
            var standbyNow = now?.Standby ?? false;
            if (standbyBefore != standbyNow)
            {
                into.Add(new TicketStandbyChanged(id, standbyNow));
            }
        }
    }

    private static void CompareFenceHistory(ClusterSnapshot previous, ClusterSnapshot next, List<ClusterEvent> into)
    {
        static (string, string, string?, string) Key(FenceEvent f) => (f.Target, f.Action, f.Completed?.Raw, f.Status);
        var before = previous.FenceHistory.Select(Key).ToHashSet();
        var reported = new HashSet<(string, string, string?, string)>();
        foreach (var f in next.FenceHistory)
        {
            var key = Key(f);
            if (!before.Contains(key) && reported.Add(key))
            {
                into.Add(new FenceEventRecorded(f.Target, f.Action, f.Status, f.Completed?.Raw, f.Origin, f.Delegate, f.ExitReason));
            }
        }
    }
}
