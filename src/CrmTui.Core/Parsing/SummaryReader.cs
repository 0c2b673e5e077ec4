using CrmTui.Core.Model;

namespace CrmTui.Core.Parsing;

/// <summary>Reads the <c>summary</c> section.</summary>
internal sealed class SummaryReader
{
    private readonly XmlCursor _cursor;

    public SummaryReader(XmlCursor cursor)
    {
        _cursor = cursor;
    }

    public ClusterSummary Read()
    {
        var level = _cursor.Level;
        var extra = _cursor.Attributes.Extra();
        var summary = new ClusterSummary { Extra = extra };
        List<RawElement>? unknown = null;
        while (_cursor.NextChild(level))
        {
            // A repeated child is kept raw rather than overwriting the first one.
            switch (_cursor.Name)
            {
                case "stack" when summary.Stack is null:
                    summary = summary with { Stack = ReadStack() };
                    break;
                case "current_dc" when summary.CurrentDc is null:
                    summary = summary with { CurrentDc = ReadCurrentDc() };
                    break;
                case "last_update" when summary.LastUpdate is null:
                    summary = summary with { LastUpdate = ReadLastUpdate() };
                    break;
                case "last_change" when summary.LastChange is null:
                    summary = summary with { LastChange = ReadLastChange() };
                    break;
                case "nodes_configured" when summary.NodesConfigured is null:
                    summary = summary with { NodesConfigured = ReadNodesConfigured() };
                    break;
                case "resources_configured" when summary.ResourcesConfigured is null:
                    summary = summary with { ResourcesConfigured = ReadResourcesConfigured() };
                    break;
                case "cluster_options" when summary.Options is null:
                    summary = summary with { Options = ReadOptions() };
                    break;
                default:
                    (unknown ??= []).Add(_cursor.ReadRaw());
                    break;
            }
        }

        return summary with { Unknown = _cursor.FinishUnknown(level, unknown) };
    }

    private ClusterStack ReadStack()
    {
        var a = _cursor.Attributes;
        var level = _cursor.Level;
        var type = a.String("type");
        var extra = a.Extra();
        return new ClusterStack { Type = type, Extra = extra, Unknown = _cursor.ReadUnknownChildren(level) };
    }

    private CurrentDc ReadCurrentDc()
    {
        var a = _cursor.Attributes;
        var level = _cursor.Level;
        var present = a.Bool("present");
        var version = a.OptString("version");
        var name = a.OptString("name");
        var id = a.OptString("id");
        var withQuorum = a.OptBool("with_quorum");
        var mixedVersion = a.OptBool("mixed_version");
        var extra = a.Extra();
        return new CurrentDc
        {
            Present = present,
            Version = version,
            Name = name,
            Id = id,
            WithQuorum = withQuorum,
            MixedVersion = mixedVersion,
            Extra = extra,
            Unknown = _cursor.ReadUnknownChildren(level),
        };
    }

    private LastUpdate ReadLastUpdate()
    {
        var a = _cursor.Attributes;
        var level = _cursor.Level;
        var time = CrmTime.Parse(a.String("time"));
        var extra = a.Extra();
        return new LastUpdate { Time = time, Extra = extra, Unknown = _cursor.ReadUnknownChildren(level) };
    }

    private LastChange ReadLastChange()
    {
        var a = _cursor.Attributes;
        var level = _cursor.Level;
        var time = CrmTime.Parse(a.String("time"));
        var user = a.String("user");
        var client = a.String("client");
        var origin = a.String("origin");
        var extra = a.Extra();
        return new LastChange
        {
            Time = time,
            User = user,
            Client = client,
            Origin = origin,
            Extra = extra,
            Unknown = _cursor.ReadUnknownChildren(level),
        };
    }

    private NodesConfigured ReadNodesConfigured()
    {
        var a = _cursor.Attributes;
        var level = _cursor.Level;
        var number = a.Int("number");
        var extra = a.Extra();
        return new NodesConfigured { Number = number, Extra = extra, Unknown = _cursor.ReadUnknownChildren(level) };
    }

    private ResourcesConfigured ReadResourcesConfigured()
    {
        var a = _cursor.Attributes;
        var level = _cursor.Level;
        var number = a.Int("number");
        var disabled = a.Int("disabled");
        var blocked = a.Int("blocked");
        var extra = a.Extra();
        return new ResourcesConfigured
        {
            Number = number,
            Disabled = disabled,
            Blocked = blocked,
            Extra = extra,
            Unknown = _cursor.ReadUnknownChildren(level),
        };
    }

    private ClusterOptions ReadOptions()
    {
        var a = _cursor.Attributes;
        var level = _cursor.Level;
        var stonithEnabled = a.Bool("stonith-enabled");
        var symmetric = a.Bool("symmetric-cluster");
        var noQuorum = a.String("no-quorum-policy");
        var maintenance = a.Bool("maintenance-mode");
        var stopAll = a.Bool("stop-all-resources");
        var stonithTimeout = a.Long("stonith-timeout-ms");
        var priorityDelay = a.Long("priority-fencing-delay-ms");
        var extra = a.Extra();
        return new ClusterOptions
        {
            StonithEnabled = stonithEnabled,
            SymmetricCluster = symmetric,
            NoQuorumPolicy = noQuorum,
            MaintenanceMode = maintenance,
            StopAllResources = stopAll,
            StonithTimeoutMs = stonithTimeout,
            PriorityFencingDelayMs = priorityDelay,
            Extra = extra,
            Unknown = _cursor.ReadUnknownChildren(level),
        };
    }
}
