using System.Collections.Immutable;
using CrmTui.Core.Model;

namespace CrmTui.Core.Parsing;

/// <summary>Writes the resource tree.</summary>
internal sealed class ResourceWriter
{
    private readonly ElementEmitter _e;

    public ResourceWriter(ElementEmitter emitter)
    {
        _e = emitter;
    }

    public void Item(ResourceItem item)
    {
        switch (item)
        {
            case PrimitiveResource p:
                Primitive(p);
                return;
            case UnknownResourceItem u:
                _e.Raw(u.Element);
                return;
            case GroupResource g:
                _e.Open("group", g.Extra, g.Unknown);
                _e.Attr("id", g.Id);
                _e.Attr("number_resources", g.NumberResources);
                _e.Attr("maintenance", g.Maintenance);
                _e.Attr("description", g.Description);
                _e.Attr("managed", g.Managed);
                _e.Attr("disabled", g.Disabled);
                break;
            case CloneResource c:
                _e.Open("clone", c.Extra, c.Unknown);
                _e.Attr("id", c.Id);
                _e.Attr("multi_state", c.MultiState);
                _e.Attr("unique", c.Unique);
                _e.Attr("maintenance", c.Maintenance);
                _e.Attr("description", c.Description);
                _e.Attr("managed", c.Managed);
                _e.Attr("disabled", c.Disabled);
                _e.Attr("failed", c.Failed);
                _e.Attr("failure_ignored", c.FailureIgnored);
                _e.Attr("target_role", c.TargetRole);
                break;
            case BundleResource b:
                _e.Open("bundle", b.Extra, b.Unknown);
                _e.Attr("id", b.Id);
                _e.Attr("type", b.Type);
                _e.Attr("image", b.Image);
                _e.Attr("unique", b.Unique);
                _e.Attr("maintenance", b.Maintenance);
                _e.Attr("description", b.Description);
                _e.Attr("managed", b.Managed);
                _e.Attr("failed", b.Failed);
                break;
            case BundleReplica r:
                _e.Open("replica", r.Extra, r.Unknown);
                _e.Attr("id", r.Id);
                break;
            default:
                throw new ArgumentException($"unsupported resource item {item.GetType().Name}", nameof(item));
        }

        foreach (var child in item.ChildItems)
        {
            Item(child);
        }

        _e.Close(item.Unknown);
    }

    private void Primitive(PrimitiveResource p)
    {
        _e.Open("resource", p.Extra, p.Unknown);
        _e.Attr("id", p.Id);
        _e.Attr("resource_agent", p.Agent);
        _e.Attr("role", p.RoleText);
        _e.Attr("target_role", p.TargetRole);
        _e.Attr("active", p.Active);
        _e.Attr("orphaned", p.Orphaned);
        _e.Attr("blocked", p.Blocked);
        _e.Attr("maintenance", p.Maintenance);
        _e.Attr("description", p.Description);
        _e.Attr("managed", p.Managed);
        _e.Attr("failed", p.Failed);
        _e.Attr("failure_ignored", p.FailureIgnored);
        _e.Attr("nodes_running_on", p.NodesRunningOn);
        _e.Attr("pending", p.Pending);
        _e.Attr("locked_to", p.LockedTo);
        foreach (var node in p.Nodes)
        {
            _e.Open("node", node.Extra, node.Unknown);
            _e.Attr("name", node.Name);
            _e.Attr("id", node.Id);
            _e.Attr("cached", node.Cached);
            _e.Close(node.Unknown);
        }

        _e.Close(p.Unknown);
    }
}
