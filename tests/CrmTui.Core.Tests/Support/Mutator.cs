using System.Text;

namespace CrmTui.Core.Tests.Support;

/// <summary>Seeded, reproducible damage to an XML document: the kinds of breakage the parser must survive.</summary>
internal sealed class Mutator(int seed)
{
    private static readonly string[] _garbage =
    [
        " x=\"1\"", " online=\"maybe\"", " role=\"\"", " nodes_running_on=\"-5\"", " id=\"&amp;&lt;\"", " ==\"", " a:b=\"c\"",
        "<", ">", "&", "&bogus;", "]]>", "<![CDATA[x]]>", "<!-- c -->", "<?pi x?>", "\u0000", "\uFFFF", "é", "<!DOCTYPE x [<!ENTITY e \"e\">]>",
    ];

    private readonly Random _random = new(seed);

    public string Kind { get; private set; } = "";

    public byte[] Mutate(byte[] original)
    {
        var text = Encoding.UTF8.GetString(original);
        switch (_random.Next(9))
        {
            case 0:
                Kind = "byte flips";
                var bytes = (byte[])original.Clone();
                for (var i = 0; i < 1 + _random.Next(8); i++)
                {
                    bytes[_random.Next(bytes.Length)] = (byte)_random.Next(256);
                }

                return bytes;
            case 1:
                Kind = "deleted tag";
                return Encoding.UTF8.GetBytes(RemoveTag(text));
            case 2:
                Kind = "duplicated tag";
                return Encoding.UTF8.GetBytes(DuplicateTag(text));
            case 3:
                Kind = "garbage attribute";
                return Encoding.UTF8.GetBytes(InsertInTag(text, _garbage[_random.Next(_garbage.Length)]));
            case 4:
                Kind = "deep nesting";
                var depth = _random.Next(2) == 0 ? 200 : 5000;
                var open = string.Concat(Enumerable.Repeat("<deep>", depth));
                var close = _random.Next(3) == 0 ? "" : string.Concat(Enumerable.Repeat("</deep>", depth));
                return Encoding.UTF8.GetBytes(InsertAtTagBoundary(text, open + close));
            case 5:
                Kind = "huge value";
                return Encoding.UTF8.GetBytes(InsertInTag(text, $" huge=\"{new string('v', 1 << (14 + _random.Next(7)))}\""));
            case 6:
                Kind = "garbage text";
                var at = _random.Next(text.Length);
                return Encoding.UTF8.GetBytes(text[..at] + _garbage[_random.Next(_garbage.Length)] + text[at..]);
            case 7:
                Kind = "value replaced";
                return Encoding.UTF8.GetBytes(ReplaceValue(text));
            default:
                Kind = "chunk deleted";
                var start = _random.Next(text.Length);
                var length = Math.Min(text.Length - start, 1 + _random.Next(200));
                return Encoding.UTF8.GetBytes(text.Remove(start, length));
        }
    }

    private int RandomTagStart(string text)
    {
        for (var tries = 0; tries < 20; tries++)
        {
            var at = text.IndexOf('<', _random.Next(text.Length));
            if (at >= 0)
            {
                return at;
            }
        }

        return text.IndexOf('<');
    }

    private string RemoveTag(string text)
    {
        var start = RandomTagStart(text);
        var end = start < 0 ? -1 : text.IndexOf('>', start);
        return end < 0 ? text : text.Remove(start, end - start + 1);
    }

    private string DuplicateTag(string text)
    {
        var start = RandomTagStart(text);
        var end = start < 0 ? -1 : text.IndexOf('>', start);
        return end < 0 ? text : text.Insert(start, text[start..(end + 1)]);
    }

    private string InsertInTag(string text, string insert)
    {
        var start = RandomTagStart(text);
        var space = start < 0 ? -1 : text.IndexOfAny([' ', '>', '/'], start + 1);
        return space < 0 ? text : text.Insert(space, insert);
    }

    private string InsertAtTagBoundary(string text, string insert)
    {
        var start = RandomTagStart(text);
        return start < 0 ? text : text.Insert(start, insert);
    }

    private string ReplaceValue(string text)
    {
        var quote = text.IndexOf('"', _random.Next(text.Length));
        var next = quote < 0 ? -1 : text.IndexOf('"', quote + 1);
        if (next < 0)
        {
            return text;
        }

        string[] values = ["", "-1", "99999999999999999999", "true", "INFINITY", "Master", "ping", "1e9", "Thu Feb 30 25:61:61 2017", "850parsecs"];
        return text[..(quote + 1)] + values[_random.Next(values.Length)] + text[next..];
    }
}
