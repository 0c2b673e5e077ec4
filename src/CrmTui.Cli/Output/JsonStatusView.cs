using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CrmTui.Core.Describe;
using CrmTui.Core.Model;

namespace CrmTui.Cli.Output;

/// <summary>
/// <c>crmtui status --output json</c>: the snapshot as one JSON object with snake_case keys in a
/// fixed order (docs/cli.md lists every key). Written by hand with <see cref="Utf8JsonWriter"/>
/// so the shape is the documented one, not whatever a serializer makes of the records.
/// Optional values that crm_mon did not write are <c>null</c>, never left out. Non-ASCII text is
/// written as is (relaxed escaping): the output goes to a terminal or a pipe, never into HTML.
/// </summary>
public static class JsonStatusView
{
    public static string Render(ClusterSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            WriteSummary(json, snapshot);
            json.WriteStartArray("nodes");
            foreach (var node in snapshot.Nodes)
            {
                WriteNode(json, node);
            }

            json.WriteEndArray();
            json.WriteStartArray("resources");
            foreach (var item in snapshot.Resources)
            {
                WriteItem(json, item);
            }

            json.WriteEndArray();
            WriteList(json, "failures", snapshot.Failures, WriteFailure);
            WriteList(json, "node_attributes", snapshot.AllNodeAttributes(), WriteAttribute);
            WriteList(json, "operations", snapshot.AllOperations(), WriteOperation);
            WriteList(json, "fence_history", snapshot.FenceHistory, WriteFence);
            WriteList(json, "tickets", snapshot.Tickets, WriteTicket);
            WriteList(json, "bans", snapshot.Bans, WriteBan);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteSummary(Utf8JsonWriter json, ClusterSnapshot snapshot)
    {
        json.WriteStartObject("summary");
        var summary = snapshot.Summary;
        String(json, "pacemakerd", snapshot.Pacemakerd?.State);
        String(json, "stack", summary?.Stack?.Type);
        if (summary?.CurrentDc is { } dc)
        {
            json.WriteStartObject("current_dc");
            json.WriteBoolean("present", dc.Present);
            String(json, "name", dc.Name);
            String(json, "id", dc.Id);
            String(json, "version", dc.Version);
            Bool(json, "with_quorum", dc.WithQuorum);
            Bool(json, "mixed_version", dc.MixedVersion);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("current_dc");
        }

        json.WriteBoolean("has_quorum", summary?.HasQuorum ?? false);
        String(json, "last_update", summary?.LastUpdate?.Time.Raw);
        if (summary?.LastChange is { } change)
        {
            json.WriteStartObject("last_change");
            json.WriteString("time", change.Time.Raw);
            json.WriteString("user", change.User);
            json.WriteString("client", change.Client);
            json.WriteString("origin", change.Origin);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("last_change");
        }

        Int(json, "nodes_configured", summary?.NodesConfigured?.Number);
        if (summary?.ResourcesConfigured is { } resources)
        {
            json.WriteStartObject("resources_configured");
            json.WriteNumber("number", resources.Number);
            json.WriteNumber("disabled", resources.Disabled);
            json.WriteNumber("blocked", resources.Blocked);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("resources_configured");
        }

        if (summary?.Options is { } options)
        {
            json.WriteStartObject("cluster_options");
            json.WriteBoolean("stonith_enabled", options.StonithEnabled);
            json.WriteBoolean("symmetric_cluster", options.SymmetricCluster);
            json.WriteString("no_quorum_policy", options.NoQuorumPolicy);
            json.WriteBoolean("maintenance_mode", options.MaintenanceMode);
            json.WriteBoolean("stop_all_resources", options.StopAllResources);
            json.WriteNumber("stonith_timeout_ms", options.StonithTimeoutMs);
            json.WriteNumber("priority_fencing_delay_ms", options.PriorityFencingDelayMs);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("cluster_options");
        }

        json.WriteEndObject();
    }

    private static void WriteNode(Utf8JsonWriter json, ClusterNode node)
    {
        json.WriteStartObject();
        json.WriteString("name", node.Name);
        json.WriteString("id", node.Id);
        json.WriteString("type", node.TypeText);
        json.WriteString("state", NodeStateText.Of(node));
        json.WriteBoolean("online", node.Online);
        json.WriteBoolean("standby", node.Standby);
        json.WriteBoolean("standby_onfail", node.StandbyOnFail);
        json.WriteBoolean("maintenance", node.Maintenance);
        json.WriteBoolean("pending", node.Pending);
        json.WriteBoolean("unclean", node.Unclean);
        String(json, "health", node.Health);
        String(json, "feature_set", node.FeatureSet);
        json.WriteBoolean("shutdown", node.Shutdown);
        json.WriteBoolean("expected_up", node.ExpectedUp);
        json.WriteBoolean("is_dc", node.IsDc);
        json.WriteNumber("resources_running", node.ResourcesRunning);
        String(json, "id_as_resource", node.IdAsResource ?? node.ContainerId);
        json.WriteEndObject();
    }

    private static void WriteItem(Utf8JsonWriter json, ResourceItem item)
    {
        json.WriteStartObject();
        json.WriteString("id", item.Id);
        json.WriteString("kind", item.Kind);
        switch (item)
        {
            case PrimitiveResource p:
                json.WriteString("agent", p.Agent);
                json.WriteString("role", RoleText.Name(p));
                String(json, "target_role", p.TargetRole);
                json.WriteBoolean("active", p.Active);
                json.WriteBoolean("orphaned", p.Orphaned);
                Bool(json, "blocked", p.Blocked);
                Bool(json, "maintenance", p.Maintenance);
                json.WriteBoolean("managed", p.Managed);
                json.WriteBoolean("failed", p.Failed);
                json.WriteBoolean("failure_ignored", p.FailureIgnored);
                json.WriteNumber("nodes_running_on", p.NodesRunningOn);
                String(json, "pending", p.Pending);
                String(json, "locked_to", p.LockedTo);
                String(json, "description", p.Description);
                json.WriteStartArray("nodes");
                foreach (var node in p.Nodes)
                {
                    json.WriteStringValue(node.Name);
                }

                json.WriteEndArray();
                break;
            case GroupResource g:
                json.WriteBoolean("managed", g.Managed);
                json.WriteBoolean("disabled", g.Disabled);
                Bool(json, "maintenance", g.Maintenance);
                String(json, "description", g.Description);
                break;
            case CloneResource c:
                json.WriteBoolean("promotable", c.Promotable);
                json.WriteBoolean("unique", c.Unique);
                json.WriteBoolean("managed", c.Managed);
                json.WriteBoolean("disabled", c.Disabled);
                json.WriteBoolean("failed", c.Failed);
                json.WriteBoolean("failure_ignored", c.FailureIgnored);
                String(json, "target_role", c.TargetRole);
                Bool(json, "maintenance", c.Maintenance);
                String(json, "description", c.Description);
                break;
            case BundleResource b:
                json.WriteString("type", b.Type);
                json.WriteString("image", b.Image);
                json.WriteBoolean("unique", b.Unique);
                json.WriteBoolean("managed", b.Managed);
                json.WriteBoolean("failed", b.Failed);
                Bool(json, "maintenance", b.Maintenance);
                String(json, "description", b.Description);
                break;
        }

        if (item is not PrimitiveResource)
        {
            json.WriteStartArray("children");
            foreach (var child in item.ChildItems)
            {
                WriteItem(json, child);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WriteFailure(Utf8JsonWriter json, FailedAction f)
    {
        var (_, task, interval) = FailureText.SplitKey(f.Key);
        json.WriteString("key", f.Key);
        json.WriteString("resource", f.Resource);
        json.WriteString("task", f.Task ?? task);
        Long(json, "interval_ms", f.Interval?.Milliseconds ?? interval);
        json.WriteString("node", f.Node);
        json.WriteString("exit_status", f.ExitStatus);
        json.WriteString("exit_reason", f.ExitReason);
        json.WriteNumber("exit_code", f.ExitCode);
        json.WriteNumber("call", f.Call);
        json.WriteString("status", f.Status);
        String(json, "last_rc_change", f.LastRcChange?.Raw);
        Long(json, "queued_ms", f.Queued?.Milliseconds);
        Long(json, "exec_ms", f.Exec?.Milliseconds);
        json.WriteString("description", FailureText.Sentence(f));
    }

    private static void WriteAttribute(Utf8JsonWriter json, NodeAttribute a)
    {
        json.WriteString("node", a.Node);
        json.WriteString("name", a.Name);
        json.WriteString("value", a.Value);
        String(json, "expected", a.Expected);
    }

    private static void WriteOperation(Utf8JsonWriter json, OperationEntry entry)
    {
        var op = entry.Operation;
        json.WriteString("node", entry.Node);
        json.WriteString("resource", entry.Resource);
        json.WriteNumber("call", op.Call);
        json.WriteString("task", op.Task);
        json.WriteNumber("rc", op.Rc);
        json.WriteString("rc_text", op.RcText);
        Long(json, "interval_ms", op.Interval?.Milliseconds);
        String(json, "last_rc_change", op.LastRcChange?.Raw);
        String(json, "last_run", op.LastRun?.Raw);
        Long(json, "exec_time_ms", op.ExecTime?.Milliseconds);
        Long(json, "queue_time_ms", op.QueueTime?.Milliseconds);
    }

    private static void WriteFence(Utf8JsonWriter json, FenceEvent e)
    {
        json.WriteString("action", e.Action);
        json.WriteString("target", e.Target);
        json.WriteString("client", e.Client);
        json.WriteString("origin", e.Origin);
        String(json, "delegate", e.Delegate);
        json.WriteString("status", e.Status);
        String(json, "extended_status", e.ExtendedStatus);
        String(json, "exit_reason", e.ExitReason);
        String(json, "completed", e.Completed?.Raw);
    }

    private static void WriteTicket(Utf8JsonWriter json, Ticket t)
    {
        json.WriteString("id", t.Id);
        String(json, "status", t.Status);
        json.WriteBoolean("granted", t.Granted);
        Bool(json, "standby", t.Standby);
        String(json, "last_granted", t.LastGranted?.Raw);
    }

    private static void WriteBan(Utf8JsonWriter json, Ban b)
    {
        json.WriteString("id", b.Id);
        json.WriteString("resource", b.Resource);
        json.WriteString("node", b.Node);
        json.WriteNumber("weight", b.Weight);
        json.WriteBoolean("promoted_only", b.PromotedOnly);
    }

    private static void WriteList<T>(Utf8JsonWriter json, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> write)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            json.WriteStartObject();
            write(json, item);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void String(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static void Bool(Utf8JsonWriter json, string name, bool? value)
    {
        if (value is { } v)
        {
            json.WriteBoolean(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void Int(Utf8JsonWriter json, string name, int? value) => Long(json, name, value);

    private static void Long(Utf8JsonWriter json, string name, long? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
