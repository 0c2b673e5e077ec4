using CrmTui.Core.Diff;

namespace CrmTui.Core.Timeline;

/// <summary>
/// One line of the event timeline as it is kept and written: when, which cluster, and the event's
/// kind, subject and text. Plain data (unlike <see cref="ClusterEvent"/>, it round-trips through
/// a JSON-lines file without knowing every event type).
/// </summary>
public sealed record TimelineRecord(
    DateTimeOffset At,
    string Cluster,
    string Kind,
    string SubjectKind,
    string Subject,
    string Detail,
    string Text)
{
    public static TimelineRecord From(ClusterEvent e, string cluster)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new TimelineRecord(e.At, cluster, e.Kind.ToString(), e.SubjectKind.ToString(), e.Subject, e.Detail, e.Describe());
    }
}
