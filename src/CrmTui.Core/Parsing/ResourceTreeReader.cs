using System.Collections.Immutable;
using CrmTui.Core.Model;

namespace CrmTui.Core.Parsing;

/// <summary>Reads the resource tree: primitives, groups, clones, bundles and their replicas.</summary>
internal sealed class ResourceTreeReader
{
    private readonly XmlCursor _cursor;
    private readonly ListPool<ResourceItem> _items = new();
    private readonly ListPool<ResourceNode> _nodes = new();

    public ResourceTreeReader(XmlCursor cursor)
    {
        _cursor = cursor;
    }

    /// <summary>Reads the element the cursor is on as a resource item (raw when unknown).</summary>
    public ResourceItem ReadItem() => _cursor.Name switch
    {
        "resource" => ReadPrimitive(),
        "group" => ReadGroup(),
        "clone" => ReadClone(),
        "bundle" => ReadBundle(),
        "replica" => ReadReplica(),
        _ => new UnknownResourceItem { Id = _cursor.Attributes.OptString("id") ?? "", Element = _cursor.ReadRaw() },
    };

    /// <summary>Reads every child of the element at <paramref name="level"/> as a resource item.</summary>
    public ImmutableArray<ResourceItem> ReadItems(int level)
    {
        List<ResourceItem>? items = null;
        while (_cursor.NextChild(level))
        {
            (items ??= _items.Rent()).Add(ReadItem());
        }

        return _items.ToArray(items);
    }

    private PrimitiveResource ReadPrimitive()
    {
        var a = _cursor.Attributes;
        var level = _cursor.Level;
        var roleText = a.String("role");
        var id = a.String("id");
        var agent = a.String("resource_agent");
        var targetRole = a.OptString("target_role");
        var active = a.Bool("active");
        var orphaned = a.Bool("orphaned");
        var blocked = a.OptBool("blocked");
        var maintenance = a.OptBool("maintenance");
        var managed = a.Bool("managed");
        var failed = a.Bool("failed");
        var failureIgnored = a.Bool("failure_ignored");
        var nodesRunningOn = a.Int("nodes_running_on");
        var pending = a.OptString("pending");
        var lockedTo = a.OptString("locked_to");
        var description = a.OptString("description");
        var extra = a.Extra();

        List<ResourceNode>? nodes = null;
        List<RawElement>? unknown = null;
        while (_cursor.NextChild(level))
        {
            if (_cursor.Name == "node")
            {
                (nodes ??= _nodes.Rent()).Add(ReadResourceNode());
            }
            else
            {
                (unknown ??= []).Add(_cursor.ReadRaw());
            }
        }

        return new PrimitiveResource
        {
            Id = id,
            Agent = agent,
            Role = EnumText.Role(roleText),
            RoleText = roleText,
            TargetRole = targetRole,
            Active = active,
            Orphaned = orphaned,
            Blocked = blocked,
            Maintenance = maintenance,
            Managed = managed,
            Failed = failed,
            FailureIgnored = failureIgnored,
            NodesRunningOn = nodesRunningOn,
            Pending = pending,
            LockedTo = lockedTo,
            Description = description,
            Nodes = _nodes.ToArray(nodes),
            Extra = extra,
            Unknown = _cursor.FinishUnknown(level, unknown),
        };
    }

    private ResourceNode ReadResourceNode()
    {
        var a = _cursor.Attributes;
        var level = _cursor.Level;
        var name = a.String("name");
        var id = a.String("id");
        var cached = a.Bool("cached");
        var extra = a.Extra();
        return new ResourceNode { Name = name, Id = id, Cached = cached, Extra = extra, Unknown = _cursor.ReadUnknownChildren(level) };
    }

    private GroupResource ReadGroup()
    {
        var a = _cursor.Attributes;
        var level = _cursor.Level;
        var id = a.String("id");
        var number = a.Int("number_resources");
        var managed = a.Bool("managed");
        var disabled = a.Bool("disabled");
        var maintenance = a.OptBool("maintenance");
        var description = a.OptString("description");
        var extra = a.Extra();
        var children = ReadItems(level);
        return new GroupResource
        {
            Id = id,
            NumberResources = number,
            Managed = managed,
            Disabled = disabled,
            Maintenance = maintenance,
            Description = description,
            Children = children,
            Extra = extra,
            Unknown = _cursor.FinishUnknown(level, null),
        };
    }

    private CloneResource ReadClone()
    {
        var a = _cursor.Attributes;
        var level = _cursor.Level;
        var id = a.String("id");
        var multiState = a.Bool("multi_state");
        var unique = a.Bool("unique");
        var managed = a.Bool("managed");
        var disabled = a.Bool("disabled");
        var failed = a.Bool("failed");
        var failureIgnored = a.Bool("failure_ignored");
        var targetRole = a.OptString("target_role");
        var maintenance = a.OptBool("maintenance");
        var description = a.OptString("description");
        var extra = a.Extra();
        var children = ReadItems(level);
        return new CloneResource
        {
            Id = id,
            MultiState = multiState,
            Unique = unique,
            Managed = managed,
            Disabled = disabled,
            Failed = failed,
            FailureIgnored = failureIgnored,
            TargetRole = targetRole,
            Maintenance = maintenance,
            Description = description,
            Children = children,
            Extra = extra,
            Unknown = _cursor.FinishUnknown(level, null),
        };
    }

    private BundleResource ReadBundle()
    {
        var a = _cursor.Attributes;
        var level = _cursor.Level;
        var id = a.String("id");
        var type = a.String("type");
        var image = a.String("image");
        var unique = a.Bool("unique");
        var managed = a.Bool("managed");
        var failed = a.Bool("failed");
        var maintenance = a.OptBool("maintenance");
        var description = a.OptString("description");
        var extra = a.Extra();
        var replicas = ReadItems(level);
        return new BundleResource
        {
            Id = id,
            Type = type,
            Image = image,
            Unique = unique,
            Managed = managed,
            Failed = failed,
            Maintenance = maintenance,
            Description = description,
            Replicas = replicas,
            Extra = extra,
            Unknown = _cursor.FinishUnknown(level, null),
        };
    }

    private BundleReplica ReadReplica()
    {
        var a = _cursor.Attributes;
        var level = _cursor.Level;
        var id = a.String("id");
        var extra = a.Extra();
        var resources = ReadItems(level);
        return new BundleReplica { Id = id, Resources = resources, Extra = extra, Unknown = _cursor.FinishUnknown(level, null) };
    }
}
