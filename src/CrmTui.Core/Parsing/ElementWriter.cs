using System.Collections.Immutable;
using System.Globalization;
using CrmTui.Core.Model;

namespace CrmTui.Core.Parsing;

/// <summary>The element-by-element half of <see cref="CrmMonXmlWriter"/>.</summary>
internal sealed class ElementWriter
{
    private readonly XmlTextOutput _xml;
    private ImmutableSortedDictionary<string, string> _extra = Attributes.Empty;

    public ElementWriter(XmlTextOutput xml)
    {
        _xml = xml;
    }

    public void Snapshot(ClusterSnapshot s, IEnumerable<DocumentSection> sections)
    {
        Open("pacemaker-result", s.Extra, [.. s.Sections.Where(x => x.Raw is { IsText: true }).Select(x => x.Raw!)]);
        Attr("api-version", s.ApiVersion);
        Attr("request", s.Request);
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var section in sections)
        {
            if (section.Raw is { } raw)
            {
                Raw(raw);
                continue;
            }

            // A section that appeared twice had its items merged into the first.
            var first = written.Add(section.Name);
            switch (section.Name)
            {
                case "pacemakerd" when s.Pacemakerd is not null:
                    Pacemakerd(s.Pacemakerd);
                    break;
                case "summary" when s.Summary is not null:
                    Summary(s.Summary);
                    break;
                case "status" when s.Status is not null:
                    Status(s.Status);
                    break;
                case "nodes":
                    Section(section, first ? s.Nodes : [], Node);
                    break;
                case "resources":
                    Section(section, first ? s.Resources : [], Item);
                    break;
                case "node_attributes":
                    Section(section, first ? s.NodeAttributes : [], AttributeSet);
                    break;
                case "node_history":
                    Section(section, first ? s.NodeHistory : [], History);
                    break;
                case "failures":
                    Section(section, first ? s.Failures : [], Failure);
                    break;
                case "fence_history":
                    Section(section, first ? s.FenceHistory : [], Fence);
                    break;
                case "tickets":
                    Section(section, first ? s.Tickets : [], Ticket);
                    break;
                case "bans":
                    Section(section, first ? s.Bans : [], Ban);
                    break;
            }
        }

        _xml.EndElement();
    }

    private void Section<T>(DocumentSection section, ImmutableArray<T> items, Action<T> write)
    {
        Open(section.Name, section.Extra, section.Unknown);
        foreach (var item in items.IsDefault ? [] : items)
        {
            write(item);
        }

        Close(section.Unknown);
    }

    private void Pacemakerd(PacemakerdState p)
    {
        Open("pacemakerd", p.Extra, p.Unknown);
        Attr("sys_from", p.SysFrom);
        Attr("state", p.State);
        Attr("last_updated", p.LastUpdated?.Raw);
        Close(p.Unknown);
    }

    private void Summary(ClusterSummary s)
    {
        Open("summary", s.Extra, s.Unknown);
        if (s.Stack is { } stack)
        {
            Open("stack", stack.Extra, stack.Unknown);
            Attr("type", stack.Type);
            Close(stack.Unknown);
        }

        if (s.CurrentDc is { } dc)
        {
            Open("current_dc", dc.Extra, dc.Unknown);
            Attr("present", dc.Present);
            Attr("version", dc.Version);
            Attr("name", dc.Name);
            Attr("id", dc.Id);
            Attr("with_quorum", dc.WithQuorum);
            Attr("mixed_version", dc.MixedVersion);
            Close(dc.Unknown);
        }

        if (s.LastUpdate is { } update)
        {
            Open("last_update", update.Extra, update.Unknown);
            Attr("time", update.Time.Raw);
            Close(update.Unknown);
        }

        if (s.LastChange is { } change)
        {
            Open("last_change", change.Extra, change.Unknown);
            Attr("time", change.Time.Raw);
            Attr("user", change.User);
            Attr("client", change.Client);
            Attr("origin", change.Origin);
            Close(change.Unknown);
        }

        if (s.NodesConfigured is { } nodes)
        {
            Open("nodes_configured", nodes.Extra, nodes.Unknown);
            Attr("number", nodes.Number);
            Close(nodes.Unknown);
        }

        if (s.ResourcesConfigured is { } resources)
        {
            Open("resources_configured", resources.Extra, resources.Unknown);
            Attr("number", resources.Number);
            Attr("disabled", resources.Disabled);
            Attr("blocked", resources.Blocked);
            Close(resources.Unknown);
        }

        if (s.Options is { } o)
        {
            Open("cluster_options", o.Extra, o.Unknown);
            Attr("stonith-enabled", o.StonithEnabled);
            Attr("symmetric-cluster", o.SymmetricCluster);
            Attr("no-quorum-policy", o.NoQuorumPolicy);
            Attr("maintenance-mode", o.MaintenanceMode);
            Attr("stop-all-resources", o.StopAllResources);
            Attr("stonith-timeout-ms", o.StonithTimeoutMs);
            Attr("priority-fencing-delay-ms", o.PriorityFencingDelayMs);
            Close(o.Unknown);
        }

        Close(s.Unknown);
    }

    private void Node(ClusterNode n)
    {
        Open("node", n.Extra, n.Unknown);
        Attr("name", n.Name);
        Attr("id", n.Id);
        Attr("online", n.Online);
        Attr("standby", n.Standby);
        Attr("standby_onfail", n.StandbyOnFail);
        Attr("maintenance", n.Maintenance);
        Attr("pending", n.Pending);
        Attr("unclean", n.Unclean);
        Attr("health", n.Health);
        Attr("feature_set", n.FeatureSet);
        Attr("shutdown", n.Shutdown);
        Attr("expected_up", n.ExpectedUp);
        Attr("is_dc", n.IsDc);
        Attr("resources_running", n.ResourcesRunning);
        Attr("type", n.TypeText);
        Attr("id_as_resource", n.IdAsResource);
        Attr("container_id", n.ContainerId);
        foreach (var item in n.Resources)
        {
            Item(item);
        }

        Close(n.Unknown);
    }

    private void Item(ResourceItem item)
    {
        switch (item)
        {
            case PrimitiveResource p:
                Primitive(p);
                return;
            case UnknownResourceItem u:
                Raw(u.Element);
                return;
            case GroupResource g:
                Open("group", g.Extra, g.Unknown);
                Attr("id", g.Id);
                Attr("number_resources", g.NumberResources);
                Attr("maintenance", g.Maintenance);
                Attr("description", g.Description);
                Attr("managed", g.Managed);
                Attr("disabled", g.Disabled);
                break;
            case CloneResource c:
                Open("clone", c.Extra, c.Unknown);
                Attr("id", c.Id);
                Attr("multi_state", c.MultiState);
                Attr("unique", c.Unique);
                Attr("maintenance", c.Maintenance);
                Attr("description", c.Description);
                Attr("managed", c.Managed);
                Attr("disabled", c.Disabled);
                Attr("failed", c.Failed);
                Attr("failure_ignored", c.FailureIgnored);
                Attr("target_role", c.TargetRole);
                break;
            case BundleResource b:
                Open("bundle", b.Extra, b.Unknown);
                Attr("id", b.Id);
                Attr("type", b.Type);
                Attr("image", b.Image);
                Attr("unique", b.Unique);
                Attr("maintenance", b.Maintenance);
                Attr("description", b.Description);
                Attr("managed", b.Managed);
                Attr("failed", b.Failed);
                break;
            case BundleReplica r:
                Open("replica", r.Extra, r.Unknown);
                Attr("id", r.Id);
                break;
            default:
                throw new ArgumentException($"unsupported resource item {item.GetType().Name}", nameof(item));
        }

        foreach (var child in item.ChildItems)
        {
            Item(child);
        }

        Close(item.Unknown);
    }

    private void Primitive(PrimitiveResource p)
    {
        Open("resource", p.Extra, p.Unknown);
        Attr("id", p.Id);
        Attr("resource_agent", p.Agent);
        Attr("role", p.RoleText);
        Attr("target_role", p.TargetRole);
        Attr("active", p.Active);
        Attr("orphaned", p.Orphaned);
        Attr("blocked", p.Blocked);
        Attr("maintenance", p.Maintenance);
        Attr("description", p.Description);
        Attr("managed", p.Managed);
        Attr("failed", p.Failed);
        Attr("failure_ignored", p.FailureIgnored);
        Attr("nodes_running_on", p.NodesRunningOn);
        Attr("pending", p.Pending);
        Attr("locked_to", p.LockedTo);
        foreach (var node in p.Nodes)
        {
            Open("node", node.Extra, node.Unknown);
            Attr("name", node.Name);
            Attr("id", node.Id);
            Attr("cached", node.Cached);
            Close(node.Unknown);
        }

        Close(p.Unknown);
    }

    private void AttributeSet(NodeAttributeSet set)
    {
        Open("node", set.Extra, set.Unknown);
        Attr("name", set.Node);
        foreach (var a in set.Attributes)
        {
            Open("attribute", a.Extra, a.Unknown);
            Attr("name", a.Name);
            Attr("value", a.Value);
            Attr("expected", a.Expected);
            Close(a.Unknown);
        }

        Close(set.Unknown);
    }

    private void History(NodeHistory node)
    {
        Open("node", node.Extra, node.Unknown);
        Attr("name", node.Node);
        foreach (var r in node.Resources)
        {
            Open("resource_history", r.Extra, r.Unknown);
            Attr("id", r.Id);
            Attr("orphan", r.Orphan);
            Attr("migration-threshold", r.MigrationThreshold);
            Attr("fail-count", r.FailCount);
            Attr("last-failure", r.LastFailure?.Raw);
            foreach (var op in r.Operations)
            {
                Open("operation_history", op.Extra, op.Unknown);
                Attr("call", op.Call);
                Attr("task", op.Task);
                Attr("rc", op.Rc);
                Attr("rc_text", op.RcText);
                Attr("interval", op.Interval?.Raw);
                Attr("last-rc-change", op.LastRcChange?.Raw);
                Attr("last-run", op.LastRun?.Raw);
                Attr("exec-time", op.ExecTime?.Raw);
                Attr("queue-time", op.QueueTime?.Raw);
                Close(op.Unknown);
            }

            Close(r.Unknown);
        }

        Close(node.Unknown);
    }

    private void Failure(FailedAction f)
    {
        Open("failure", f.Extra, f.Unknown);
        Attr("op_key", f.OpKey);
        Attr("id", f.Id);
        Attr("node", f.Node);
        Attr("exitstatus", f.ExitStatus);
        Attr("exitreason", f.ExitReason);
        Attr("exitcode", f.ExitCode);
        Attr("call", f.Call);
        Attr("status", f.Status);
        Attr("last-rc-change", f.LastRcChange?.Raw);
        Attr("queued", f.Queued?.Raw);
        Attr("exec", f.Exec?.Raw);
        Attr("interval", f.Interval?.Raw);
        Attr("task", f.Task);
        Close(f.Unknown);
    }

    private void Fence(FenceEvent f)
    {
        Open("fence_event", f.Extra, f.Unknown);
        Attr("action", f.Action);
        Attr("target", f.Target);
        Attr("client", f.Client);
        Attr("origin", f.Origin);
        Attr("status", f.Status);
        Attr("extended-status", f.ExtendedStatus);
        Attr("exit-reason", f.ExitReason);
        Attr("delegate", f.Delegate);
        Attr("completed", f.Completed?.Raw);
        Close(f.Unknown);
    }

    private void Ticket(Ticket t)
    {
        Open("ticket", t.Extra, t.Unknown);
        Attr("id", t.Id);
        Attr("status", t.Status);
        Attr("standby", t.Standby);
        Attr("last-granted", t.LastGranted?.Raw);
        Close(t.Unknown);
    }

    private void Ban(Ban b)
    {
        Open("ban", b.Extra, b.Unknown);
        Attr("id", b.Id);
        Attr("resource", b.Resource);
        Attr("node", b.Node);
        Attr("weight", b.Weight);
        Attr("promoted-only", b.PromotedOnly);
        Attr("master_only", b.MasterOnly);
        Close(b.Unknown);
    }

    private void Status(ResultStatus s)
    {
        Open("status", s.Extra, s.Unknown);
        Attr("code", s.Code);
        Attr("message", s.Message);
        if (!s.Errors.IsDefaultOrEmpty)
        {
            _xml.StartElement("errors", inline: false);
            foreach (var error in s.Errors)
            {
                _xml.StartElement("error", inline: true);
                _xml.Text(error);
                _xml.EndElement();
            }

            _xml.EndElement();
        }

        Close(s.Unknown);
    }

    private void Raw(RawElement e)
    {
        if (e.IsText)
        {
            _xml.Text(e.Text ?? "");
            return;
        }

        _xml.StartElement(XmlTextOutput.CheckName(e.Name), e.Text is not null || e.Children.Any(c => c.IsText));
        foreach (var (name, value) in e.Attributes)
        {
            _xml.Attribute(XmlTextOutput.CheckName(name), value);
        }

        if (e.Text is { } text)
        {
            _xml.Text(text);
        }

        foreach (var child in e.Children)
        {
            Raw(child);
        }

        _xml.EndElement();
    }

    // Extra is written first and remembered: a typed attribute of the same name is then skipped,
    // because Extra holds the original text the typed value could not represent.
    private void Open(string name, ImmutableSortedDictionary<string, string> extra, ImmutableArray<RawElement> unknown)
    {
        _xml.StartElement(name, inline: !unknown.IsDefault && unknown.Any(e => e.IsText));
        _extra = extra;
        foreach (var (key, value) in extra)
        {
            _xml.Attribute(XmlTextOutput.CheckName(key), value);
        }
    }

    private void Close(ImmutableArray<RawElement> unknown)
    {
        _extra = Attributes.Empty;
        foreach (var e in unknown.IsDefault ? [] : unknown)
        {
            Raw(e);
        }

        _xml.EndElement();
    }

    private void Attr(string name, string? value)
    {
        if (value is not null && !_extra.ContainsKey(name))
        {
            _xml.Attribute(name, value);
        }
    }

    private void Attr(string name, bool? value) => Attr(name, value is null ? null : value.Value ? "true" : "false");

    private void Attr(string name, long? value) => Attr(name, value?.ToString(CultureInfo.InvariantCulture));
}
