using System.Xml;

namespace CrmTui.Core.Parsing;

/// <summary>
/// A small XML text writer for <see cref="CrmMonXmlWriter"/>. Unlike <see cref="XmlWriter"/> it
/// writes prefixed names and <c>xmlns</c> attributes as the plain data they are in the model, so
/// anything the parser accepted can be written back. Elements with text content are written
/// inline so indentation never adds to that text.
/// </summary>
internal sealed class XmlTextOutput
{
    private readonly TextWriter _out;
    private readonly Stack<Frame> _open = new();
    private bool _startTagOpen;

    public XmlTextOutput(TextWriter output)
    {
        _out = output;
    }

    public void StartElement(string name, bool inline)
    {
        var parentInline = false;
        if (_open.TryPeek(out var parent))
        {
            CloseStartTag();
            parent.HasElements = true;
            parentInline = parent.Inline;
            if (!parentInline)
            {
                _out.Write('\n');
                _out.Write(new string(' ', 2 * _open.Count));
            }
        }

        _out.Write('<');
        _out.Write(name);
        _open.Push(new Frame(name, inline || parentInline));
        _startTagOpen = true;
    }

    public void Attribute(string name, string value)
    {
        _out.Write(' ');
        _out.Write(name);
        _out.Write("=\"");
        Escape(value, inAttribute: true);
        _out.Write('"');
    }

    public void Text(string text)
    {
        CloseStartTag();
        Escape(text, inAttribute: false);
    }

    public void EndElement()
    {
        var frame = _open.Pop();
        if (_startTagOpen)
        {
            _out.Write("/>");
            _startTagOpen = false;
        }
        else
        {
            if (frame.HasElements && !frame.Inline)
            {
                _out.Write('\n');
                _out.Write(new string(' ', 2 * _open.Count));
            }

            _out.Write("</");
            _out.Write(frame.Name);
            _out.Write('>');
        }

        if (_open.Count == 0)
        {
            _out.Write('\n');
        }
    }

    /// <summary>Throws <see cref="XmlException"/> for a name that cannot appear in XML (hand-built snapshots only).</summary>
    public static string CheckName(string name) => XmlConvert.VerifyName(name);

    private void CloseStartTag()
    {
        if (_startTagOpen)
        {
            _out.Write('>');
            _startTagOpen = false;
        }
    }

    private void Escape(string text, bool inAttribute)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var replacement = text[i] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' when inAttribute => "&quot;",
                '\t' when inAttribute => "&#x9;",
                '\n' when inAttribute => "&#xA;",
                '\r' => "&#xD;",
                _ => null,
            };
            if (replacement is null)
            {
                continue;
            }

            _out.Write(text.AsSpan(start, i - start));
            _out.Write(replacement);
            start = i + 1;
        }

        _out.Write(text.AsSpan(start));
    }

    private sealed class Frame(string name, bool inline)
    {
        public string Name { get; } = name;
        public bool Inline { get; } = inline;
        public bool HasElements { get; set; }
    }
}
