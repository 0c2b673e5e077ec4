using System.Globalization;
using CrmTui.Core.Diff;

namespace CrmTui.Tui.Presentation;

/// <summary>What an event changed, as "from → to" for the Events view's detail; null where the event is
/// a one-off with no before and after (a fence operation recorded).</summary>
public sealed record EventChange(string What, string From, string To)
{
    private const string Absent = "(none)";

    public static EventChange? Of(ClusterEvent e) => e switch
    {
        NodeStateChanged n => new("node state", n.From.Text, n.To.Text),
        NodeAdded n => new("node", Absent, n.State.Text),
        NodeRemoved => new("node", "present", Absent),
        DcChanged d => new("designated controller", d.From ?? Absent, d.To ?? Absent),
        QuorumLost => new("quorum", "yes", "no"),
        QuorumGained => new("quorum", "no", "yes"),
        PacemakerdStateChanged p => new("pacemakerd state", p.From, p.To),
        ClusterOptionChanged o => new($"cluster option {o.Option}", o.From, o.To),
        ResourceMoved m => new($"location ({m.Role})", m.From, m.To),
        ResourceStarted s => new($"state on {s.Node}", "stopped", s.Role),
        ResourceStopped s => new($"state on {s.Node}", s.Role, "stopped"),
        ResourcePromoted p => new($"role on {p.Node}", "Unpromoted", "Promoted"),
        ResourceDemoted d => new($"role on {d.Node}", "Promoted", "Unpromoted"),
        ResourceRoleChanged r => new($"role on {r.Node}", r.From, r.To),
        ResourceFailed f => new($"state on {f.Node}", "active", "FAILED"),
        ResourceRecovered r => new($"state on {r.Node}", "FAILED", "active"),
        ResourceManagedChanged m => new("managed", Yes(!m.Managed), Yes(m.Managed)),
        TargetRoleChanged t => new("target-role", t.From ?? "(default)", t.To ?? "(default)"),
        FailCountUp f => new($"fail count on {f.Node}", f.From, f.To),
        FailCountReset f => new($"fail count on {f.Node}", f.From, f.To),
        FailureAppeared f => new($"failed {f.Task} on {f.Node}", Absent, f.ExitReason is { Length: > 0 } why && why != "none" ? $"{f.ExitStatus} ({why})" : f.ExitStatus),
        FailureCleared f => new($"failed {f.Task} on {f.Node}", "recorded", "cleared"),
        BanAdded b => new($"ban from {b.Node} [{b.Id}]", Absent, BanText.Weight(b.Weight)),
        BanRemoved b => new($"ban from {b.Node} [{b.Id}]", BanText.Weight(b.Weight), Absent),
        NodeAttributeAdded a => new($"attribute {a.Name}", Absent, a.Value),
        NodeAttributeChanged a => new($"attribute {a.Name}", a.From, a.To),
        NodeAttributeRemoved a => new($"attribute {a.Name}", a.Value, Absent),
        TicketGranted => new("ticket", "revoked", "granted"),
        TicketRevoked => new("ticket", "granted", "revoked"),
        TicketStandbyChanged t => new("ticket standby", Yes(!t.Standby), Yes(t.Standby)),
        _ => null,
    };

    private static string Yes(bool value) => value ? "yes" : "no";

    /// <summary>The absolute time as the detail shows it: UTC, to the second.</summary>
    public static string Absolute(DateTimeOffset at) =>
        at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
}
