using CrmTui.Core.Model;

namespace CrmTui.Core.Parsing;

/// <summary>Reads <c>node_history/node</c> with its resource and operation history.</summary>
internal sealed class HistoryReader
{
    private readonly XmlCursor _cursor;
    private readonly ListPool<ResourceHistory> _resources = new();
    private readonly ListPool<OperationRecord> _operations = new();

    public HistoryReader(XmlCursor cursor)
    {
        _cursor = cursor;
    }

    public NodeHistory ReadNode()
    {
        var a = _cursor.Attributes;
        var level = _cursor.Level;
        var name = a.String("name");
        var extra = a.Extra();
        List<ResourceHistory>? resources = null;
        List<RawElement>? unknown = null;
        while (_cursor.NextChild(level))
        {
            if (_cursor.Name == "resource_history")
            {
                (resources ??= _resources.Rent()).Add(ReadResource());
            }
            else
            {
                (unknown ??= []).Add(_cursor.ReadRaw());
            }
        }

        return new NodeHistory
        {
            Node = name,
            Resources = _resources.ToArray(resources),
            Extra = extra,
            Unknown = _cursor.FinishUnknown(level, unknown),
        };
    }

    private ResourceHistory ReadResource()
    {
        var a = _cursor.Attributes;
        var level = _cursor.Level;
        var id = a.String("id");
        var orphan = a.Bool("orphan");
        var threshold = a.OptInt("migration-threshold");
        var failCount = a.OptString("fail-count");
        var lastFailure = a.Time("last-failure");
        var extra = a.Extra();
        List<OperationRecord>? operations = null;
        List<RawElement>? unknown = null;
        while (_cursor.NextChild(level))
        {
            if (_cursor.Name == "operation_history")
            {
                (operations ??= _operations.Rent()).Add(ReadOperation());
            }
            else
            {
                (unknown ??= []).Add(_cursor.ReadRaw());
            }
        }

        return new ResourceHistory
        {
            Id = id,
            Orphan = orphan,
            MigrationThreshold = threshold,
            FailCount = failCount,
            LastFailure = lastFailure,
            Operations = _operations.ToArray(operations),
            Extra = extra,
            Unknown = _cursor.FinishUnknown(level, unknown),
        };
    }

    private OperationRecord ReadOperation()
    {
        var a = _cursor.Attributes;
        var level = _cursor.Level;
        var call = a.Int("call");
        var task = a.String("task");
        var rc = a.Int("rc");
        var rcText = a.String("rc_text");
        var interval = a.Duration("interval");
        var lastRcChange = a.Time("last-rc-change");
        var lastRun = a.Time("last-run");
        var execTime = a.Duration("exec-time");
        var queueTime = a.Duration("queue-time");
        var extra = a.Extra();
        return new OperationRecord
        {
            Call = call,
            Task = task,
            Rc = rc,
            RcText = rcText,
            Interval = interval,
            LastRcChange = lastRcChange,
            LastRun = lastRun,
            ExecTime = execTime,
            QueueTime = queueTime,
            Extra = extra,
            Unknown = _cursor.ReadUnknownChildren(level),
        };
    }
}
