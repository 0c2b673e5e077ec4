using System.Collections.Immutable;
using CrmTui.Core.Model;

namespace CrmTui.Core.Parsing;

/// <summary>Writes nodes, node attributes, node history, failures, fence events, tickets, bans and the status.</summary>
internal sealed class RecordWriter
{
    private readonly ElementEmitter _e;
    private readonly ResourceWriter _resources;

    public RecordWriter(ElementEmitter emitter, ResourceWriter resources)
    {
        _e = emitter;
        _resources = resources;
    }

    public void Node(ClusterNode n)
    {
        _e.Open("node", n.Extra, n.Unknown);
        _e.Attr("name", n.Name);
        _e.Attr("id", n.Id);
        _e.Attr("online", n.Online);
        _e.Attr("standby", n.Standby);
        _e.Attr("standby_onfail", n.StandbyOnFail);
        _e.Attr("maintenance", n.Maintenance);
        _e.Attr("pending", n.Pending);
        _e.Attr("unclean", n.Unclean);
        _e.Attr("health", n.Health);
        _e.Attr("feature_set", n.FeatureSet);
        _e.Attr("shutdown", n.Shutdown);
        _e.Attr("expected_up", n.ExpectedUp);
        _e.Attr("is_dc", n.IsDc);
        _e.Attr("resources_running", n.ResourcesRunning);
        _e.Attr("type", n.TypeText);
        _e.Attr("id_as_resource", n.IdAsResource);
        _e.Attr("container_id", n.ContainerId);
        foreach (var item in n.Resources)
        {
            _resources.Item(item);
        }

        _e.Close(n.Unknown);
    }

    public void AttributeSet(NodeAttributeSet set)
    {
        _e.Open("node", set.Extra, set.Unknown);
        _e.Attr("name", set.Node);
        foreach (var a in set.Attributes)
        {
            _e.Open("attribute", a.Extra, a.Unknown);
            _e.Attr("name", a.Name);
            _e.Attr("value", a.Value);
            _e.Attr("expected", a.Expected);
            _e.Close(a.Unknown);
        }

        _e.Close(set.Unknown);
    }

    public void History(NodeHistory node)
    {
        _e.Open("node", node.Extra, node.Unknown);
        _e.Attr("name", node.Node);
        foreach (var r in node.Resources)
        {
            _e.Open("resource_history", r.Extra, r.Unknown);
            _e.Attr("id", r.Id);
            _e.Attr("orphan", r.Orphan);
            _e.Attr("migration-threshold", r.MigrationThreshold);
            _e.Attr("fail-count", r.FailCount);
            _e.Attr("last-failure", r.LastFailure?.Raw);
            foreach (var op in r.Operations)
            {
                _e.Open("operation_history", op.Extra, op.Unknown);
                _e.Attr("call", op.Call);
                _e.Attr("task", op.Task);
                _e.Attr("rc", op.Rc);
                _e.Attr("rc_text", op.RcText);
                _e.Attr("interval", op.Interval?.Raw);
                _e.Attr("last-rc-change", op.LastRcChange?.Raw);
                _e.Attr("last-run", op.LastRun?.Raw);
                _e.Attr("exec-time", op.ExecTime?.Raw);
                _e.Attr("queue-time", op.QueueTime?.Raw);
                _e.Close(op.Unknown);
            }

            _e.Close(r.Unknown);
        }

        _e.Close(node.Unknown);
    }

    public void Failure(FailedAction f)
    {
        _e.Open("failure", f.Extra, f.Unknown);
        _e.Attr("op_key", f.OpKey);
        _e.Attr("id", f.Id);
        _e.Attr("node", f.Node);
        _e.Attr("exitstatus", f.ExitStatus);
        _e.Attr("exitreason", f.ExitReason);
        _e.Attr("exitcode", f.ExitCode);
        _e.Attr("call", f.Call);
        _e.Attr("status", f.Status);
        _e.Attr("last-rc-change", f.LastRcChange?.Raw);
        _e.Attr("queued", f.Queued?.Raw);
        _e.Attr("exec", f.Exec?.Raw);
        _e.Attr("interval", f.Interval?.Raw);
        _e.Attr("task", f.Task);
        _e.Close(f.Unknown);
    }

    public void Fence(FenceEvent f)
    {
        _e.Open("fence_event", f.Extra, f.Unknown);
        _e.Attr("action", f.Action);
        _e.Attr("target", f.Target);
        _e.Attr("client", f.Client);
        _e.Attr("origin", f.Origin);
        _e.Attr("status", f.Status);
        _e.Attr("extended-status", f.ExtendedStatus);
        _e.Attr("exit-reason", f.ExitReason);
        _e.Attr("delegate", f.Delegate);
        _e.Attr("completed", f.Completed?.Raw);
        _e.Close(f.Unknown);
    }

    public void Ticket(Ticket t)
    {
        _e.Open("ticket", t.Extra, t.Unknown);
        _e.Attr("id", t.Id);
        _e.Attr("status", t.Status);
        _e.Attr("standby", t.Standby);
        _e.Attr("last-granted", t.LastGranted?.Raw);
        _e.Close(t.Unknown);
    }

    public void Ban(Ban b)
    {
        _e.Open("ban", b.Extra, b.Unknown);
        _e.Attr("id", b.Id);
        _e.Attr("resource", b.Resource);
        _e.Attr("node", b.Node);
        _e.Attr("weight", b.Weight);
        _e.Attr("promoted-only", b.PromotedOnly);
        _e.Attr("master_only", b.MasterOnly);
        _e.Close(b.Unknown);
    }

    public void Status(ResultStatus s)
    {
        _e.Open("status", s.Extra, s.Unknown);
        _e.Attr("code", s.Code);
        _e.Attr("message", s.Message);
        if (!s.Errors.IsDefaultOrEmpty)
        {
            _e.Xml.StartElement("errors", inline: false);
            foreach (var error in s.Errors)
            {
                _e.Xml.StartElement("error", inline: true);
                _e.Xml.Text(error);
                _e.Xml.EndElement();
            }

            _e.Xml.EndElement();
        }

        _e.Close(s.Unknown);
    }
}
