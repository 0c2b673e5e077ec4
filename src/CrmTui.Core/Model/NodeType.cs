namespace CrmTui.Core.Model;

/// <summary>
/// <c>node@type</c>. Guest nodes and bundle replicas are <see cref="Remote"/> with
/// <see cref="ClusterNode.IdAsResource"/> set. Any other text is <see cref="Unknown"/> and the
/// raw value stays in <see cref="ClusterNode.TypeText"/>.
/// </summary>
public enum NodeType
{
    Unknown,
    Member,
    Remote,
    Ping,
}
