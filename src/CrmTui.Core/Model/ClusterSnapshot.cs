using System.Collections.Immutable;

namespace CrmTui.Core.Model;

/// <summary>
/// Everything one <c>crm_mon --output-as=xml</c> run said, immutable. Sections that were absent
/// are empty (see <see cref="Sections"/> for which were present and in what order). A refusal
/// (crm_mon could not read the CIB, still exit 0) is a snapshot with <see cref="IsRefusal"/> set.
/// </summary>
public sealed record ClusterSnapshot
{
    /// <summary><c>pacemaker-result@request</c>: the command line that produced it.</summary>
    public string? Request { get; init; }
    public string? ApiVersion { get; init; }
    public PacemakerdState? Pacemakerd { get; init; }
    public ClusterSummary? Summary { get; init; }
    public ImmutableArray<ClusterNode> Nodes { get; init; } = [];

    /// <summary>Top-level items of the resource tree, in document order.</summary>
    public ImmutableArray<ResourceItem> Resources { get; init; } = [];
    public ImmutableArray<NodeAttributeSet> NodeAttributes { get; init; } = [];
    public ImmutableArray<NodeHistory> NodeHistory { get; init; } = [];
    public ImmutableArray<FailedAction> Failures { get; init; } = [];
    public ImmutableArray<FenceEvent> FenceHistory { get; init; } = [];
    public ImmutableArray<Ticket> Tickets { get; init; } = [];
    public ImmutableArray<Ban> Bans { get; init; } = [];
    public ResultStatus? Status { get; init; }

    /// <summary>The children of <c>pacemaker-result</c> in document order, known and unknown.</summary>
    public ImmutableArray<DocumentSection> Sections { get; init; } = [];
    public ImmutableSortedDictionary<string, string> Extra { get; init; } = Attributes.Empty;

    /// <summary>Top-level elements this version does not know, kept whole.</summary>
    public IEnumerable<RawElement> Unknown => Sections.Where(s => s.Raw is not null).Select(s => s.Raw!);

    /// <summary>The closing status reports a non-zero code or carries errors.</summary>
    public bool HasErrors => Status?.HasErrors ?? false;

    /// <summary>
    /// crm_mon 3.x's <c>crm-mon-disconnected</c> element: it could not reach the cluster.
    /// </summary>
    public RawElement? Disconnected => Unknown.FirstOrDefault(e => e.Name == DisconnectedElement);

    /// <summary>
    /// crm_mon could not read the CIB: errors (or a disconnected notice) and no cluster summary.
    /// Callers must treat this as a failure even though crm_mon exited 0.
    /// </summary>
    public bool IsRefusal => (HasErrors || Disconnected is not null) && Summary is null;

    /// <summary>A one-line description of what went wrong, or null when nothing did.</summary>
    public string? ErrorMessage =>
        HasErrors
            ? !Status!.Errors.IsDefaultOrEmpty ? string.Join("; ", Status.Errors) : $"crm_mon status {Status.Code}: {Status.Message}"
        : Disconnected is { } disconnected
            ? "crm_mon is disconnected from the cluster"
              + (disconnected.Attributes.TryGetValue("description", out var why) && why.Length > 0 ? ": " + why : "")
              + (disconnected.Attributes.TryGetValue("pacemakerd-state", out var state) ? $" (pacemakerd {state})" : "")
        : null;

    private const string DisconnectedElement = "crm-mon-disconnected";

    public string? DcName => Summary?.CurrentDc is { Present: true } dc ? dc.Name : null;

    public ClusterNode? FindNode(string name)
    {
        foreach (var node in Nodes)
        {
            if (node.Name == name)
            {
                return node;
            }
        }

        return null;
    }

    /// <summary>Every primitive instance of the resource tree, depth first in document order.</summary>
    public IEnumerable<PrimitiveInstance> AllPrimitives()
    {
        var result = new List<PrimitiveInstance>();
        var parents = ImmutableArray.CreateBuilder<ResourceItem>();
        foreach (var item in Resources)
        {
            Collect(item, parents, result);
        }

        return result;
    }

    /// <summary>Every item of the resource tree (clones, groups, bundles, replicas, primitives), depth first in document order.</summary>
    public IEnumerable<ResourceItem> AllResourceItems()
    {
        var result = new List<ResourceItem>();
        var pending = new Stack<ResourceItem>();
        for (var i = Resources.Length - 1; i >= 0; i--)
        {
            pending.Push(Resources[i]);
        }

        while (pending.Count > 0)
        {
            var item = pending.Pop();
            result.Add(item);
            var children = item.ChildItems;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                pending.Push(children[i]);
            }
        }

        return result;
    }

    /// <summary>Every node attribute, flattened.</summary>
    public IEnumerable<NodeAttribute> AllNodeAttributes() => NodeAttributes.SelectMany(set => set.Attributes);

    /// <summary>Every operation record with its node and resource, flattened.</summary>
    public IEnumerable<OperationEntry> AllOperations() =>
        from node in NodeHistory
        from resource in node.Resources
        from op in resource.Operations
        select new OperationEntry(node.Node, resource.Id, op);

    /// <summary>True when the section element appeared in the output (even empty).</summary>
    public bool HasSection(string name) => Sections.Any(s => s.Name == name);

    private static void Collect(ResourceItem item, ImmutableArray<ResourceItem>.Builder parents, List<PrimitiveInstance> into)
    {
        if (item is PrimitiveResource primitive)
        {
            into.Add(new PrimitiveInstance(primitive, parents.ToImmutable()));
            return;
        }

        parents.Add(item);
        foreach (var child in item.ChildItems)
        {
            Collect(child, parents, into);
        }

        parents.RemoveAt(parents.Count - 1);
    }
}
