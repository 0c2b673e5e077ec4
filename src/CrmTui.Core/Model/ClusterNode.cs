using System.Collections.Immutable;

namespace CrmTui.Core.Model;

/// <summary>One <c>nodes/node</c> element with every attribute crm_mon 2.1.x writes.</summary>
public sealed record ClusterNode
{
    public string Name { get; init; } = "";
    public string Id { get; init; } = "";
    public bool Online { get; init; }
    public bool Standby { get; init; }
    public bool StandbyOnFail { get; init; }
    public bool Maintenance { get; init; }
    public bool Pending { get; init; }
    public bool Unclean { get; init; }

    /// <summary>Raw health: <c>green</c>, <c>yellow</c>, <c>red</c>; absent in old outputs.</summary>
    public string? Health { get; init; }

    /// <summary>Raw feature set; can be the literal <c>&lt;3.15.1</c>; absent on some nodes.</summary>
    public string? FeatureSet { get; init; }
    public bool Shutdown { get; init; }
    public bool ExpectedUp { get; init; }
    public bool IsDc { get; init; }
    public int ResourcesRunning { get; init; }
    public NodeType Type { get; init; }

    /// <summary>The <c>type</c> attribute exactly as written.</summary>
    public string TypeText { get; init; } = "";

    /// <summary>For guest and bundle nodes: the container resource's id.</summary>
    public string? IdAsResource { get; init; }

    /// <summary>Pre-2.0 name of <see cref="IdAsResource"/>, kept when present.</summary>
    public string? ContainerId { get; init; }

    /// <summary>Resources listed under the node (crm_mon's group-by-node output); usually empty.</summary>
    public ImmutableArray<ResourceItem> Resources { get; init; } = [];
    public ImmutableSortedDictionary<string, string> Extra { get; init; } = Attributes.Empty;
    public ImmutableArray<RawElement> Unknown { get; init; } = [];

    /// <summary>A guest or bundle node: remote and backed by a resource.</summary>
    public bool IsGuest => (IdAsResource ?? ContainerId) is not null;
}
