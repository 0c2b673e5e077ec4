using System.Collections.Immutable;
using System.Text;
using System.Xml;
using CrmTui.Core.Model;

namespace CrmTui.Core.Parsing;

/// <summary>
/// A forward-only walk over the XML that tracks the element path (for error messages), loads
/// attributes into a reused <see cref="AttributeBag"/> and collects stray text. Readers call
/// <see cref="NextChild"/> with the level of their element until it returns false.
/// </summary>
internal sealed class XmlCursor
{
    /// <summary>Deeper than any crm_mon output (about 7); guards the recursive readers.</summary>
    public const int MaxDepth = 128;

    private readonly XmlReader _reader;
    private readonly List<PathFrame> _frames = [];
    private int _depth;

    public XmlCursor(XmlReader reader)
    {
        _reader = reader;
    }

    public AttributeBag Attributes { get; } = new();

    /// <summary>Name of the element the reader is on.</summary>
    public string Name => _reader.Name;

    /// <summary>Number of open elements; pass it to <see cref="NextChild"/>.</summary>
    public int Level => _depth;

    public bool IsEmptyElement => _reader.IsEmptyElement;

    /// <summary>1-based; before anything was read that is the start of the document.</summary>
    public (int Line, int Column) Position =>
        _reader is IXmlLineInfo info && info.HasLineInfo()
            ? (Math.Max(1, info.LineNumber), Math.Max(1, info.LinePosition))
            : (1, 1);

    /// <summary>Moves to the root element and opens it; false when the document has none.</summary>
    public bool EnterRoot()
    {
        if (_reader.MoveToContent() != XmlNodeType.Element)
        {
            return false;
        }

        Push(_reader.Name, 1);
        return true;
    }

    /// <summary>
    /// Advances to the next child element of the element opened at <paramref name="level"/>,
    /// closing whatever the previous child left open. False at the parent's end tag.
    /// </summary>
    public bool NextChild(int level)
    {
        var parent = _frames[level - 1];
        if (_depth > level)
        {
            // The previous child's reader stopped on its own end (or empty) tag.
            _depth = level;
        }
        else if (_reader.IsEmptyElement && _reader.NodeType == XmlNodeType.Element && _reader.Depth == level - 1)
        {
            return false;
        }

        while (_reader.Read())
        {
            switch (_reader.NodeType)
            {
                case XmlNodeType.Element:
                    Push(_reader.Name, parent.CountChild(_reader.Name));
                    Attributes.Load(_reader);
                    return true;
                case XmlNodeType.EndElement:
                    return false;
                case XmlNodeType.Text:
                case XmlNodeType.CDATA:
                case XmlNodeType.SignificantWhitespace:
                    parent.AppendText(_reader.Value);
                    break;
            }
        }

        throw new XmlException("Unexpected end of file.");
    }

    /// <summary>Loads the attributes of the element the reader is on (the root).</summary>
    public void LoadAttributes() => Attributes.Load(_reader);

    /// <summary>Text collected directly inside the element opened at <paramref name="level"/>.</summary>
    public string? TakeText(int level) => _frames[level - 1].TakeText();

    /// <summary>
    /// Adds stray text of the element at <paramref name="level"/> as a text node and returns the
    /// unknown children, or an empty array.
    /// </summary>
    public ImmutableArray<RawElement> FinishUnknown(int level, List<RawElement>? unknown)
    {
        if (TakeText(level) is { } text)
        {
            (unknown ??= []).Add(new RawElement { Name = RawElement.TextNodeName, Text = text });
        }

        return unknown is null ? [] : [.. unknown];
    }

    /// <summary>Reads all children of a leaf element as raw (none in real output), plus stray text.</summary>
    public ImmutableArray<RawElement> ReadUnknownChildren(int level)
    {
        List<RawElement>? unknown = null;
        while (NextChild(level))
        {
            (unknown ??= []).Add(ReadRaw());
        }

        return FinishUnknown(level, unknown);
    }

    /// <summary>Reads the current element (attributes already loaded) whole, as a raw element.</summary>
    public RawElement ReadRaw()
    {
        var level = _depth;
        var name = _reader.Name;
        var attributes = Attributes.All();
        List<RawElement>? children = null;
        while (NextChild(level))
        {
            (children ??= []).Add(ReadRaw());
        }

        return new RawElement
        {
            Name = name,
            Attributes = attributes,
            Children = children is null ? [] : [.. children],
            Text = TakeText(level),
        };
    }

    /// <summary>Reads the rest of the document, so trailing garbage after the root is an error too.</summary>
    public void ReadToEnd()
    {
        _depth = 0;
        while (_reader.Read())
        {
        }
    }

    /// <summary>The open elements as <c>/a/b[2]/c</c>.</summary>
    public string Path()
    {
        var builder = new StringBuilder();
        for (var i = 0; i < _depth; i++)
        {
            builder.Append('/').Append(_frames[i].Name);
            if (_frames[i].Index > 1)
            {
                builder.Append('[').Append(_frames[i].Index).Append(']');
            }
        }

        return builder.ToString();
    }

    private void Push(string name, int index)
    {
        if (_depth >= MaxDepth)
        {
            throw new CrmMonFormatException($"elements nested deeper than {MaxDepth}", Position.Line, Position.Column, Path());
        }

        if (_depth == _frames.Count)
        {
            _frames.Add(new PathFrame());
        }

        _frames[_depth].Reset(name, index);
        _depth++;
    }
}
