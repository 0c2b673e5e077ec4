namespace CrmTui.Core.Diff;

/// <summary>
/// One change between two consecutive snapshots, as <see cref="SnapshotDiffer"/> reports it.
/// Events are plain data: two events with the same type, fields and <see cref="At"/> are equal.
/// </summary>
public abstract record ClusterEvent
{
    /// <summary>When the caller observed the change (the differ itself never reads a clock).</summary>
    public DateTimeOffset At { get; init; }

    public abstract EventKind Kind { get; }

    public abstract EventSubject SubjectKind { get; }

    /// <summary>The node name, resource id, ticket id or option name the event is about.</summary>
    public abstract string Subject { get; }

    /// <summary>One line an operator reads on a timeline, e.g. <c>dummy1 moved node1 → node2</c>.</summary>
    public abstract string Describe();

    /// <summary>
    /// Distinguishes events of the same kind and subject (e.g. the node of a start), so that
    /// <see cref="SnapshotDiffer"/> can sort them totally.
    /// </summary>
    public virtual string Detail => "";

    public sealed override string ToString() => Describe();
}
