namespace CrmTui.Core.Diff;

/// <summary>The stable order of a diff's events: subject kind, subject, kind, detail, then text.</summary>
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
            c = x.Kind.CompareTo(y.Kind);
        }

        if (c == 0)
        {
            c = string.CompareOrdinal(x.Detail, y.Detail);
        }

        return c != 0 ? c : string.CompareOrdinal(x.Describe(), y.Describe());
    }
}
