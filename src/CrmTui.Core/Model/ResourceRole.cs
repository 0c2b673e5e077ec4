namespace CrmTui.Core.Model;

/// <summary>
/// A primitive's normalized <c>role</c>. Legacy <c>Master</c>/<c>Slave</c> map to
/// <see cref="Promoted"/>/<see cref="Unpromoted"/>; anything else is <see cref="Unknown"/> with the
/// raw text kept in <see cref="PrimitiveResource.RoleText"/>.
/// </summary>
public enum ResourceRole
{
    Unknown,
    Stopped,
    Starting,
    Started,
    Stopping,
    Migrating,
    Promoting,
    Promoted,
    Demoting,
    Unpromoted,
}
