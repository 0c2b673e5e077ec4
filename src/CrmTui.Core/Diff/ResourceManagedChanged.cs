namespace CrmTui.Core.Diff;

/// <summary>
/// A resource item (primitive, group, clone or bundle) became managed or unmanaged. Reported for
/// the outermost item that changed; its children that changed the same way are not repeated.
/// </summary>
public sealed record ResourceManagedChanged(string Resource, bool Managed) : ClusterEvent
{
    public override EventKind Kind => EventKind.ResourceManagedChanged;
    public override EventSubject SubjectKind => EventSubject.Resource;
    public override string Subject => Resource;
    public override string Describe() => $"{Resource}: {(Managed ? "unmanaged → managed" : "managed → unmanaged")}";
}
