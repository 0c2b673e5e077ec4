using System.Collections.Immutable;
using CrmTui.Core.Model;

namespace CrmTui.Core.Parsing;

/// <summary>Reads a whole <c>pacemaker-result</c> document into a <see cref="ClusterSnapshot"/>.</summary>
internal sealed class SnapshotReader
{
    private const string RootName = "pacemaker-result";

    private readonly XmlCursor _cursor;
    private readonly ResourceTreeReader _resources;
    private readonly NodesReader _nodes;
    private readonly HistoryReader _history;
    private readonly RecordsReader _records;
    private readonly SummaryReader _summary;

    public SnapshotReader(XmlCursor cursor)
    {
        _cursor = cursor;
        _resources = new ResourceTreeReader(cursor);
        _nodes = new NodesReader(cursor, _resources);
        _history = new HistoryReader(cursor);
        _records = new RecordsReader(cursor);
        _summary = new SummaryReader(cursor);
    }

    public ClusterSnapshot Read()
    {
        if (!_cursor.EnterRoot())
        {
            throw Error("the document has no root element");
        }

        if (_cursor.Name != RootName)
        {
            throw Error($"the root element is <{_cursor.Name}>, not <{RootName}>");
        }

        _cursor.LoadAttributes();
        var a = _cursor.Attributes;
        var request = a.OptString("request");
        var apiVersion = a.OptString("api-version");
        var extra = a.Extra();

        var level = _cursor.Level;
        var sections = new List<DocumentSection>();
        PacemakerdState? pacemakerd = null;
        ClusterSummary? summary = null;
        ResultStatus? status = null;
        List<ClusterNode>? nodes = null;
        List<ResourceItem>? resources = null;
        List<NodeAttributeSet>? attributes = null;
        List<NodeHistory>? history = null;
        List<FailedAction>? failures = null;
        List<FenceEvent>? fencing = null;
        List<Ticket>? tickets = null;
        List<Ban>? bans = null;

        while (_cursor.NextChild(level))
        {
            var name = _cursor.Name;
            switch (name)
            {
                case "pacemakerd" when pacemakerd is null:
                    pacemakerd = _records.ReadPacemakerd();
                    sections.Add(new DocumentSection { Name = name });
                    break;
                case "summary" when summary is null:
                    summary = _summary.Read();
                    sections.Add(new DocumentSection { Name = name });
                    break;
                case "status" when status is null:
                    status = _records.ReadStatus();
                    sections.Add(new DocumentSection { Name = name });
                    break;
                case "nodes":
                    sections.Add(ReadList(name, "node", ref nodes, _nodes.ReadNode));
                    break;
                case "resources":
                    sections.Add(ReadResources(ref resources));
                    break;
                case "node_attributes":
                    sections.Add(ReadList(name, "node", ref attributes, _nodes.ReadAttributeSet));
                    break;
                case "node_history":
                    sections.Add(ReadList(name, "node", ref history, _history.ReadNode));
                    break;
                case "failures":
                    sections.Add(ReadList(name, "failure", ref failures, _records.ReadFailure));
                    break;
                case "fence_history":
                    sections.Add(ReadList(name, "fence_event", ref fencing, _records.ReadFenceEvent));
                    break;
                case "tickets":
                    sections.Add(ReadList(name, "ticket", ref tickets, _records.ReadTicket));
                    break;
                case "bans":
                    sections.Add(ReadList(name, "ban", ref bans, _records.ReadBan));
                    break;
                default:
                    sections.Add(new DocumentSection { Name = name, Raw = _cursor.ReadRaw() });
                    break;
            }
        }

        var rootUnknown = _cursor.FinishUnknown(level, null);
        if (!rootUnknown.IsEmpty)
        {
            sections.Add(new DocumentSection { Name = RawElement.TextNodeName, Raw = rootUnknown[0] });
        }

        _cursor.ReadToEnd();

        return new ClusterSnapshot
        {
            Request = request,
            ApiVersion = apiVersion,
            Pacemakerd = pacemakerd,
            Summary = summary,
            Nodes = ToArray(nodes),
            Resources = ToArray(resources),
            NodeAttributes = ToArray(attributes),
            NodeHistory = ToArray(history),
            Failures = ToArray(failures),
            FenceHistory = ToArray(fencing),
            Tickets = ToArray(tickets),
            Bans = ToArray(bans),
            Status = status,
            Sections = [.. sections],
            Extra = extra,
        };
    }

    private DocumentSection ReadList<T>(string name, string itemName, ref List<T>? items, Func<T> readItem)
    {
        var level = _cursor.Level;
        var extra = _cursor.Attributes.Extra();
        List<RawElement>? unknown = null;
        while (_cursor.NextChild(level))
        {
            if (_cursor.Name == itemName)
            {
                (items ??= []).Add(readItem());
            }
            else
            {
                (unknown ??= []).Add(_cursor.ReadRaw());
            }
        }

        return new DocumentSection { Name = name, Extra = extra, Unknown = _cursor.FinishUnknown(level, unknown) };
    }

    private DocumentSection ReadResources(ref List<ResourceItem>? items)
    {
        var level = _cursor.Level;
        var extra = _cursor.Attributes.Extra();
        while (_cursor.NextChild(level))
        {
            (items ??= []).Add(_resources.ReadItem());
        }

        return new DocumentSection { Name = "resources", Extra = extra, Unknown = _cursor.FinishUnknown(level, null) };
    }

    private static ImmutableArray<T> ToArray<T>(List<T>? items) => items is null ? [] : [.. items];

    private CrmMonFormatException Error(string reason)
    {
        var (line, column) = _cursor.Position;
        return new CrmMonFormatException(reason, line, column, _cursor.Path());
    }
}
