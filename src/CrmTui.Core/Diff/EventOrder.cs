namespace CrmTui.Core.Diff;

/// <summary>
/// The stable order of a diff's events: subject kind, subject, phase, kind, detail, then text.
/// </summary>
/// <remarks>
/// The phase keeps one poll's events about a node in the order they can happen: the node going
/// down (offline or unclean) and its fencing first, everything else after (its return, its
/// attributes, standby). A node that was fenced and is back by the next poll thus reads "fenced"
/// before "offline, unclean → online", and one lost and fenced within a poll reads the loss first.
/// </remarks>
internal sealed class EventOrder : IComparer<ClusterEvent>
{
    public static readonly EventOrder Instance = new();

    public int Compare(ClusterEvent? x, ClusterEvent? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var c = x.SubjectKind.CompareTo(y.SubjectKind);
        if (c == 0)
        {
            c = string.CompareOrdinal(x.Subject, y.Subject);
        }

        if (c == 0)
        {
            c = Phase(x).CompareTo(Phase(y));
        }

        if (c == 0)
        {
            c = x.Kind.CompareTo(y.Kind);
        }

        if (c == 0)
        {
            c = string.CompareOrdinal(x.Detail, y.Detail);
        }

        return c != 0 ? c : string.CompareOrdinal(x.Describe(), y.Describe());
    }

    private static int Phase(ClusterEvent e) => e switch
    {
        FenceEventRecorded => 0,
        NodeStateChanged { To: var to } when !to.Online || to.Unclean => 0,
        _ => 1,
    };
}
