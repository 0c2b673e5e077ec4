using CrmTui.Core.Model;

namespace CrmTui.Core.Parsing;

/// <summary>Reads the flat records: pacemakerd, failures, fence events, tickets, bans and the closing status.</summary>
internal sealed class RecordsReader
{
    private readonly XmlCursor _cursor;

    public RecordsReader(XmlCursor cursor)
    {
        _cursor = cursor;
    }

    public PacemakerdState ReadPacemakerd()
    {
        var a = _cursor.Attributes;
        var level = _cursor.Level;
        var sysFrom = a.OptString("sys_from");
        var state = a.String("state");
        var lastUpdated = a.Time("last_updated");
        var extra = a.Extra();
        return new PacemakerdState
        {
            SysFrom = sysFrom,
            State = state,
            LastUpdated = lastUpdated,
            Extra = extra,
            Unknown = _cursor.ReadUnknownChildren(level),
        };
    }

    public FailedAction ReadFailure()
    {
        var a = _cursor.Attributes;
        var level = _cursor.Level;
        var failure = new FailedAction
        {
            OpKey = a.OptString("op_key"),
            Id = a.OptString("id"),
            Node = a.String("node"),
            ExitStatus = a.String("exitstatus"),
            ExitReason = a.String("exitreason"),
            ExitCode = a.Int("exitcode"),
            Call = a.Int("call"),
            Status = a.String("status"),
            LastRcChange = a.Time("last-rc-change"),
            Queued = a.Duration("queued"),
            Exec = a.Duration("exec"),
            Interval = a.Duration("interval"),
            Task = a.OptString("task"),
            Extra = a.Extra(),
        };
        return failure with { Unknown = _cursor.ReadUnknownChildren(level) };
    }

    public FenceEvent ReadFenceEvent()
    {
        var a = _cursor.Attributes;
        var level = _cursor.Level;
        var fence = new FenceEvent
        {
            Action = a.String("action"),
            Target = a.String("target"),
            Client = a.String("client"),
            Origin = a.String("origin"),
            Delegate = a.OptString("delegate"),
            Status = a.String("status"),
            ExtendedStatus = a.OptString("extended-status"),
            ExitReason = a.OptString("exit-reason"),
            Completed = a.Time("completed"),
            Extra = a.Extra(),
        };
        return fence with { Unknown = _cursor.ReadUnknownChildren(level) };
    }

    public Ticket ReadTicket()
    {
        var a = _cursor.Attributes;
        var level = _cursor.Level;
        var ticket = new Ticket
        {
            Id = a.String("id"),
            Status = a.OptString("status"),
            Standby = a.OptBool("standby"),
            LastGranted = a.Time("last-granted"),
            Extra = a.Extra(),
        };
        return ticket with { Unknown = _cursor.ReadUnknownChildren(level) };
    }

    public Ban ReadBan()
    {
        var a = _cursor.Attributes;
        var level = _cursor.Level;
        var ban = new Ban
        {
            Id = a.String("id"),
            Resource = a.String("resource"),
            Node = a.String("node"),
            Weight = a.Int("weight"),
            PromotedOnly = a.Bool("promoted-only"),
            MasterOnly = a.OptBool("master_only"),
            Extra = a.Extra(),
        };
        return ban with { Unknown = _cursor.ReadUnknownChildren(level) };
    }

    public ResultStatus ReadStatus()
    {
        var a = _cursor.Attributes;
        var level = _cursor.Level;
        var code = a.Int("code");
        var message = a.String("message");
        var extra = a.Extra();
        List<string>? errors = null;
        List<RawElement>? unknown = null;
        while (_cursor.NextChild(level))
        {
            if (_cursor.Name == "errors" && _cursor.Attributes.Count == 0)
            {
                ReadErrors(ref errors, ref unknown);
            }
            else
            {
                (unknown ??= []).Add(_cursor.ReadRaw());
            }
        }

        return new ResultStatus
        {
            Code = code,
            Message = message,
            Errors = errors is null ? [] : [.. errors],
            Extra = extra,
            Unknown = _cursor.FinishUnknown(level, unknown),
        };
    }

    // Error texts are typed; anything else inside <errors> is kept as a raw <errors> element of its own.
    private void ReadErrors(ref List<string>? errors, ref List<RawElement>? unknown)
    {
        var level = _cursor.Level;
        List<RawElement>? odd = null;
        while (_cursor.NextChild(level))
        {
            if (_cursor.Name == "error" && _cursor.Attributes.Count == 0)
            {
                var errorLevel = _cursor.Level;
                List<RawElement>? nested = null;
                while (_cursor.NextChild(errorLevel))
                {
                    (nested ??= []).Add(_cursor.ReadRaw());
                }

                var text = _cursor.TakeText(errorLevel);
                if (nested is null)
                {
                    (errors ??= []).Add(text ?? "");
                    continue;
                }

                (odd ??= []).Add(new RawElement { Name = "error", Children = [.. nested], Text = text });
            }
            else
            {
                (odd ??= []).Add(_cursor.ReadRaw());
            }
        }

        var stray = _cursor.FinishUnknown(level, odd);
        if (!stray.IsEmpty)
        {
            (unknown ??= []).Add(new RawElement { Name = "errors", Children = stray });
        }
    }
}
