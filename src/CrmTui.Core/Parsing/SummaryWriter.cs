using System.Collections.Immutable;
using CrmTui.Core.Model;

namespace CrmTui.Core.Parsing;

/// <summary>Writes <c>pacemakerd</c> and <c>summary</c>.</summary>
internal sealed class SummaryWriter
{
    private readonly ElementEmitter _e;

    public SummaryWriter(ElementEmitter emitter)
    {
        _e = emitter;
    }

    public void Pacemakerd(PacemakerdState p)
    {
        _e.Open("pacemakerd", p.Extra, p.Unknown);
        _e.Attr("sys_from", p.SysFrom);
        _e.Attr("state", p.State);
        _e.Attr("last_updated", p.LastUpdated?.Raw);
        _e.Close(p.Unknown);
    }

    public void Summary(ClusterSummary s)
    {
        _e.Open("summary", s.Extra, s.Unknown);
        if (s.Stack is { } stack)
        {
            _e.Open("stack", stack.Extra, stack.Unknown);
            _e.Attr("type", stack.Type);
            _e.Close(stack.Unknown);
        }

        if (s.CurrentDc is { } dc)
        {
            _e.Open("current_dc", dc.Extra, dc.Unknown);
            _e.Attr("present", dc.Present);
            _e.Attr("version", dc.Version);
            _e.Attr("name", dc.Name);
            _e.Attr("id", dc.Id);
            _e.Attr("with_quorum", dc.WithQuorum);
            _e.Attr("mixed_version", dc.MixedVersion);
            _e.Close(dc.Unknown);
        }

        if (s.LastUpdate is { } update)
        {
            _e.Open("last_update", update.Extra, update.Unknown);
            _e.Attr("time", update.Time.Raw);
            _e.Close(update.Unknown);
        }

        if (s.LastChange is { } change)
        {
            _e.Open("last_change", change.Extra, change.Unknown);
            _e.Attr("time", change.Time.Raw);
            _e.Attr("user", change.User);
            _e.Attr("client", change.Client);
            _e.Attr("origin", change.Origin);
            _e.Close(change.Unknown);
        }

        if (s.NodesConfigured is { } nodes)
        {
            _e.Open("nodes_configured", nodes.Extra, nodes.Unknown);
            _e.Attr("number", nodes.Number);
            _e.Close(nodes.Unknown);
        }

        if (s.ResourcesConfigured is { } resources)
        {
            _e.Open("resources_configured", resources.Extra, resources.Unknown);
            _e.Attr("number", resources.Number);
            _e.Attr("disabled", resources.Disabled);
            _e.Attr("blocked", resources.Blocked);
            _e.Close(resources.Unknown);
        }

        if (s.Options is { } o)
        {
            _e.Open("cluster_options", o.Extra, o.Unknown);
            _e.Attr("stonith-enabled", o.StonithEnabled);
            _e.Attr("symmetric-cluster", o.SymmetricCluster);
            _e.Attr("no-quorum-policy", o.NoQuorumPolicy);
            _e.Attr("maintenance-mode", o.MaintenanceMode);
            _e.Attr("stop-all-resources", o.StopAllResources);
            _e.Attr("stonith-timeout-ms", o.StonithTimeoutMs);
            _e.Attr("priority-fencing-delay-ms", o.PriorityFencingDelayMs);
            _e.Close(o.Unknown);
        }

        _e.Close(s.Unknown);
    }
}
