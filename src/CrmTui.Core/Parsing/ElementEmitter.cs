using System.Collections.Immutable;
using System.Globalization;
using CrmTui.Core.Model;

namespace CrmTui.Core.Parsing;

/// <summary>
/// Writes one element at a time for the section writers: typed attributes, the record's
/// <c>Extra</c> and its unknown children, and raw elements.
/// </summary>
internal sealed class ElementEmitter
{
    private ImmutableSortedDictionary<string, string> _extra = Attributes.Empty;

    public ElementEmitter(XmlTextOutput xml)
    {
        Xml = xml;
    }

    public XmlTextOutput Xml { get; }

    public void Raw(RawElement e)
    {
        if (e.IsText)
        {
            Xml.Text(e.Text ?? "");
            return;
        }

        Xml.StartElement(XmlTextOutput.CheckName(e.Name), e.Text is not null || e.Children.Any(c => c.IsText));
        foreach (var (name, value) in e.Attributes)
        {
            Xml.Attribute(XmlTextOutput.CheckName(name), value);
        }

        if (e.Text is { } text)
        {
            Xml.Text(text);
        }

        foreach (var child in e.Children)
        {
            Raw(child);
        }

        Xml.EndElement();
    }

    // Extra is written first and remembered: a typed attribute of the same name is then skipped,
    // because Extra holds the original text the typed value could not represent.
    public void Open(string name, ImmutableSortedDictionary<string, string> extra, ImmutableArray<RawElement> unknown)
    {
        Xml.StartElement(name, inline: !unknown.IsDefault && unknown.Any(e => e.IsText));
        _extra = extra;
        foreach (var (key, value) in extra)
        {
            Xml.Attribute(XmlTextOutput.CheckName(key), value);
        }
    }

    public void Close(ImmutableArray<RawElement> unknown)
    {
        _extra = Attributes.Empty;
        foreach (var e in unknown.IsDefault ? [] : unknown)
        {
            Raw(e);
        }

        Xml.EndElement();
    }

    public void Attr(string name, string? value)
    {
        if (value is not null && !_extra.ContainsKey(name))
        {
            Xml.Attribute(name, value);
        }
    }

    public void Attr(string name, bool? value) => Attr(name, value is null ? null : value.Value ? "true" : "false");

    public void Attr(string name, long? value) => Attr(name, value?.ToString(CultureInfo.InvariantCulture));
}
