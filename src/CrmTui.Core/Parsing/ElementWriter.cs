using System.Collections.Immutable;
using CrmTui.Core.Model;

namespace CrmTui.Core.Parsing;

/// <summary>The document half of <see cref="CrmMonXmlWriter"/>: the root and its sections in order.</summary>
internal sealed class ElementWriter
{
    private readonly ElementEmitter _e;
    private readonly SummaryWriter _summary;
    private readonly ResourceWriter _resources;
    private readonly RecordWriter _records;

    public ElementWriter(XmlTextOutput xml)
    {
        _e = new ElementEmitter(xml);
        _summary = new SummaryWriter(_e);
        _resources = new ResourceWriter(_e);
        _records = new RecordWriter(_e, _resources);
    }

    public void Snapshot(ClusterSnapshot s, IEnumerable<DocumentSection> sections)
    {
        _e.Open("pacemaker-result", s.Extra, [.. s.Sections.Where(x => x.Raw is { IsText: true }).Select(x => x.Raw!)]);
        _e.Attr("api-version", s.ApiVersion);
        _e.Attr("request", s.Request);
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var section in sections)
        {
            if (section.Raw is { } raw)
            {
                _e.Raw(raw);
                continue;
            }

            // A section that appeared twice had its items merged into the first.
            var first = written.Add(section.Name);
            switch (section.Name)
            {
                case "pacemakerd" when s.Pacemakerd is not null:
                    _summary.Pacemakerd(s.Pacemakerd);
                    break;
                case "summary" when s.Summary is not null:
                    _summary.Summary(s.Summary);
                    break;
                case "status" when s.Status is not null:
                    _records.Status(s.Status);
                    break;
                case "nodes":
                    Section(section, first ? s.Nodes : [], _records.Node);
                    break;
                case "resources":
                    Section(section, first ? s.Resources : [], _resources.Item);
                    break;
                case "node_attributes":
                    Section(section, first ? s.NodeAttributes : [], _records.AttributeSet);
                    break;
                case "node_history":
                    Section(section, first ? s.NodeHistory : [], _records.History);
                    break;
                case "failures":
                    Section(section, first ? s.Failures : [], _records.Failure);
                    break;
                case "fence_history":
                    Section(section, first ? s.FenceHistory : [], _records.Fence);
                    break;
                case "tickets":
                    Section(section, first ? s.Tickets : [], _records.Ticket);
                    break;
                case "bans":
                    Section(section, first ? s.Bans : [], _records.Ban);
                    break;
            }
        }

        _e.Xml.EndElement();
    }

    private void Section<T>(DocumentSection section, ImmutableArray<T> items, Action<T> write)
    {
        _e.Open(section.Name, section.Extra, section.Unknown);
        foreach (var item in items.IsDefault ? [] : items)
        {
            write(item);
        }

        _e.Close(section.Unknown);
    }
}
