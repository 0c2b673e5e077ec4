using System.Collections.Immutable;
using CrmTui.Core.Model;
using CrmTui.Tui.Theming;
using CrmTui.Tui.Widgets;

namespace CrmTui.Tui.Presentation;

/// <summary>
/// Collects the Resources view's entries. Columns: Resource (indented by depth), State, Node, Type,
/// [Fails], Notes. Row ids are unique within the view (anonymous clone instances share a resource
/// id, so the node and, if needed, a counter are part of the row id).
/// </summary>
internal sealed class ResourceRowBuilder(ClusterSnapshot snapshot, ResourceViewOptions options)
{
    private const int Indent = 2;
    private readonly ImmutableArray<ViewEntry>.Builder _entries = ImmutableArray.CreateBuilder<ViewEntry>();
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly HashSet<string> _unclean = snapshot.Nodes.Where(n => n.Unclean).Select(n => n.Name).ToHashSet(StringComparer.Ordinal);
    private readonly FailCounts? _failCounts = options.FailCounts ? new FailCounts(snapshot) : null;

    public ClusterSnapshot Snapshot => snapshot;
    public ResourceViewOptions Options => options;

    public void Primitive(PrimitiveResource p, int depth, ImmutableArray<ResourceItem> parents, string? name = null, string notePrefix = "")
    {
        var flags = ResourceCells.Flags(p, _unclean, options);
        var notes = string.Join(", ", new[] { notePrefix, flags }.Where(s => s.Length > 0));
        var node = p.NodeName;
        Add($"r:{p.Id}@{node}",
            [Name(name ?? p.Id, depth), new TextSpan(ResourceCells.State(p), ResourceCells.RoleStyle(p)), new TextSpan(ResourceCells.Nodes(p)),
             new TextSpan(p.Agent, StyleRole.Dim), .. Fails(_failCounts?.Cell(p)), new TextSpan(notes, NotesRole(p))],
            new SelectedItem(SelectedKind.Primitive, p.Id, node) { Item = p, Parents = parents });
    }

    /// <summary>A group, clone, bundle or replica heading: its id, "n/m active", its type and crm_mon's flags.</summary>
    public void Container(ResourceItem item, int depth, ImmutableArray<ResourceItem> parents, string type, string flags, SelectedKind kind, string? name = null, TextSpan? state = null, string? node = null, string? resourceId = null)
    {
        Add(resourceId is null ? $"{kind}:{item.Id}" : $"{kind}:{resourceId}:{item.Id}",
            [Name(name ?? item.Id, depth, StyleRole.Header), state ?? ResourceCells.Summary(item), new TextSpan(node ?? ""), new TextSpan(type, StyleRole.Dim),
             .. Fails(_failCounts is null ? default(TextSpan?) : new TextSpan("")), new TextSpan(flags, flags.Contains("unmanaged", StringComparison.Ordinal) ? StyleRole.ResourceUnmanaged : StyleRole.Dim)],
            new SelectedItem(kind, resourceId ?? item.Id, node) { Item = item, Parents = parents });
    }

    /// <summary>A summary line (brief mode): "Started: [ n1 n2 ]" or "2/3 (agent): Active n1".</summary>
    public void Summary(string id, string name, int depth, TextSpan state, string nodes, string type, SelectedItem? target)
    {
        Add(id, [Name(name, depth), state, new TextSpan(nodes), new TextSpan(type, StyleRole.Dim), .. Fails(_failCounts is null ? default(TextSpan?) : new TextSpan("")), new TextSpan("")], target);
    }

    /// <summary>A row across the whole width: section headings and crm_mon sentences.</summary>
    public void Line(string id, ImmutableArray<TextSpan> spans, SelectedItem? target) =>
        Add(id, spans, target, fullWidth: true);

    /// <summary>Rows made elsewhere (sections), with their ids made unique like every other row.</summary>
    public void AddRange(IEnumerable<ViewEntry> entries)
    {
        foreach (var entry in entries)
        {
            Add(entry.Row.Id, entry.Row.Cells, entry.Target, entry.Row.FullWidth);
        }
    }

    public ImmutableArray<ViewEntry> Build() => _entries.ToImmutable();

    private static StyleRole NotesRole(PrimitiveResource p) =>
        p.Blocked == true ? StyleRole.ResourceBlocked : !p.Managed ? StyleRole.ResourceUnmanaged : StyleRole.Dim;

    private static TextSpan Name(string name, int depth, StyleRole role = StyleRole.Text) => new(new string(' ', depth * Indent) + name, role);

    private static TextSpan[] Fails(TextSpan? cell) => cell is { } c ? [c] : [];

    private void Add(string id, ImmutableArray<TextSpan> cells, SelectedItem? target, bool fullWidth = false)
    {
        var n = _ids.GetValueOrDefault(id) + 1;
        _ids[id] = n;
        _entries.Add(new ViewEntry(new TableRow(n == 1 ? id : $"{id}#{n}", cells, FullWidth: fullWidth), target));
    }
}
