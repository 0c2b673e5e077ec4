using CrmTui.Core.Model;

namespace CrmTui.Core.Parsing;

/// <summary>Reads <c>nodes/node</c> and <c>node_attributes/node</c>.</summary>
internal sealed class NodesReader
{
    private readonly XmlCursor _cursor;
    private readonly ResourceTreeReader _resources;
    private readonly ListPool<NodeAttribute> _attributes = new();

    public NodesReader(XmlCursor cursor, ResourceTreeReader resources)
    {
        _cursor = cursor;
        _resources = resources;
    }

    public ClusterNode ReadNode()
    {
        var a = _cursor.Attributes;
        var level = _cursor.Level;
        var typeText = a.String("type");
        var node = new ClusterNode
        {
            Name = a.String("name"),
            Id = a.String("id"),
            Online = a.Bool("online"),
            Standby = a.Bool("standby"),
            StandbyOnFail = a.Bool("standby_onfail"),
            Maintenance = a.Bool("maintenance"),
            Pending = a.Bool("pending"),
            Unclean = a.Bool("unclean"),
            Health = a.OptString("health"),
            FeatureSet = a.OptString("feature_set"),
            Shutdown = a.Bool("shutdown"),
            ExpectedUp = a.Bool("expected_up"),
            IsDc = a.Bool("is_dc"),
            ResourcesRunning = a.Int("resources_running"),
            Type = EnumText.NodeType(typeText),
            TypeText = typeText,
            IdAsResource = a.OptString("id_as_resource"),
            ContainerId = a.OptString("container_id"),
            Extra = a.Extra(),
        };

        // Any child of a node is a resource item (crm_mon's group-by-node view); unknown ones stay in place.
        var resources = _resources.ReadItems(level);
        return node with { Resources = resources, Unknown = _cursor.FinishUnknown(level, null) };
    }

    public NodeAttributeSet ReadAttributeSet()
    {
        var a = _cursor.Attributes;
        var level = _cursor.Level;
        var nodeName = a.String("name");
        var extra = a.Extra();
        List<NodeAttribute>? attributes = null;
        List<RawElement>? unknown = null;
        while (_cursor.NextChild(level))
        {
            if (_cursor.Name == "attribute")
            {
                (attributes ??= _attributes.Rent()).Add(ReadAttribute(nodeName));
            }
            else
            {
                (unknown ??= []).Add(_cursor.ReadRaw());
            }
        }

        return new NodeAttributeSet
        {
            Node = nodeName,
            Attributes = _attributes.ToArray(attributes),
            Extra = extra,
            Unknown = _cursor.FinishUnknown(level, unknown),
        };
    }

    private NodeAttribute ReadAttribute(string nodeName)
    {
        var a = _cursor.Attributes;
        var level = _cursor.Level;
        var name = a.String("name");
        var value = a.String("value");
        var expected = a.OptString("expected");
        var extra = a.Extra();
        return new NodeAttribute
        {
            Node = nodeName,
            Name = name,
            Value = value,
            Expected = expected,
            Extra = extra,
            Unknown = _cursor.ReadUnknownChildren(level),
        };
    }
}
