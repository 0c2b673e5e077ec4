using System.Globalization;
using System.Text;

namespace CrmTui.Config.Toml;

/// <summary>The four TOML string forms: basic, literal, and their multi-line variants.</summary>
internal static class TomlStrings
{
    public static string ParseBasic(TomlCursor cursor)
    {
        var start = cursor.Index;
        cursor.Advance(); // opening quote
        var sb = new StringBuilder();
        while (true)
        {
            var c = cursor.Peek();
            switch (c)
            {
                case '"':
                    cursor.Advance();
                    return sb.ToString();
                case TomlCursor.End or '\n' or '\r':
                    throw cursor.ErrorAt(start, "unterminated string: expected '\"' before the end of the line");
                case '\\':
                    ReadEscape(cursor, sb);
                    break;
                default:
                    var from = cursor.Index;
                    cursor.AdvanceTextChar("a string");
                    sb.Append(cursor.Slice(from, cursor.Index));
                    break;
            }
        }
    }

    public static string ParseLiteral(TomlCursor cursor)
    {
        var start = cursor.Index;
        cursor.Advance();
        var from = cursor.Index;
        while (true)
        {
            var c = cursor.Peek();
            if (c == '\'')
            {
                var value = cursor.Slice(from, cursor.Index);
                cursor.Advance();
                return value;
            }
            if (c is TomlCursor.End or '\n' or '\r')
            {
                throw cursor.ErrorAt(start, "unterminated literal string: expected \"'\" before the end of the line");
            }
            cursor.AdvanceTextChar("a literal string");
        }
    }

    public static string ParseMultiLineBasic(TomlCursor cursor)
    {
        var start = cursor.Index;
        cursor.Advance(3);
        SkipFirstNewline(cursor);
        var sb = new StringBuilder();
        while (true)
        {
            var c = cursor.Peek();
            if (c == '"')
            {
                if (TryClose(cursor, '"', sb))
                {
                    return sb.ToString();
                }
                continue;
            }
            switch (c)
            {
                case TomlCursor.End:
                    throw cursor.ErrorAt(start, "unterminated multi-line string: expected '\"\"\"'");
                case '\\':
                    if (!TrySkipLineEndingBackslash(cursor))
                    {
                        ReadEscape(cursor, sb);
                    }
                    break;
                case '\n' or '\r':
                    AppendNewline(cursor, sb);
                    break;
                default:
                    var from = cursor.Index;
                    cursor.AdvanceTextChar("a multi-line string");
                    sb.Append(cursor.Slice(from, cursor.Index));
                    break;
            }
        }
    }

    public static string ParseMultiLineLiteral(TomlCursor cursor)
    {
        var start = cursor.Index;
        cursor.Advance(3);
        SkipFirstNewline(cursor);
        var sb = new StringBuilder();
        while (true)
        {
            var c = cursor.Peek();
            if (c == '\'')
            {
                if (TryClose(cursor, '\'', sb))
                {
                    return sb.ToString();
                }
                continue;
            }
            switch (c)
            {
                case TomlCursor.End:
                    throw cursor.ErrorAt(start, "unterminated multi-line literal string: expected \"'''\"");
                case '\n' or '\r':
                    AppendNewline(cursor, sb);
                    break;
                default:
                    var from = cursor.Index;
                    cursor.AdvanceTextChar("a multi-line literal string");
                    sb.Append(cursor.Slice(from, cursor.Index));
                    break;
            }
        }
    }

    // Up to two quotes may sit right before the closing delimiter ("""" ends with one quote in the value).
    private static bool TryClose(TomlCursor cursor, char quote, StringBuilder sb)
    {
        var run = 0;
        while (cursor.Peek(run) == quote)
        {
            run++;
        }
        if (run < 3)
        {
            sb.Append(quote, run);
            cursor.Advance(run);
            return false;
        }
        if (run > 5)
        {
            throw cursor.ErrorAt(cursor.Index + 5, $"too many quotes: a multi-line string ends with at most five {quote} characters");
        }
        sb.Append(quote, run - 3);
        cursor.Advance(run);
        return true;
    }

    private static void SkipFirstNewline(TomlCursor cursor)
    {
        if (cursor.Peek() == '\n')
        {
            cursor.Advance();
        }
        else if (cursor.Peek() == '\r' && cursor.Peek(1) == '\n')
        {
            cursor.Advance(2);
        }
    }

    private static void AppendNewline(TomlCursor cursor, StringBuilder sb)
    {
        if (cursor.Peek() == '\r')
        {
            if (cursor.Peek(1) != '\n')
            {
                throw cursor.Error("a carriage return must be followed by a line feed");
            }
            cursor.Advance();
        }
        cursor.Advance();
        sb.Append('\n');
    }

    // A backslash followed by optional blanks and a newline trims all whitespace up to the next text.
    private static bool TrySkipLineEndingBackslash(TomlCursor cursor)
    {
        var i = 1;
        while (cursor.Peek(i) is ' ' or '\t')
        {
            i++;
        }
        if (cursor.Peek(i) is not ('\n' or '\r'))
        {
            return false;
        }
        cursor.Advance(i);
        while (true)
        {
            var c = cursor.Peek();
            if (c is ' ' or '\t' or '\n')
            {
                cursor.Advance();
            }
            else if (c == '\r' && cursor.Peek(1) == '\n')
            {
                cursor.Advance(2);
            }
            else if (c == '\r')
            {
                throw cursor.Error("a carriage return must be followed by a line feed");
            }
            else
            {
                return true;
            }
        }
    }

    private static void ReadEscape(TomlCursor cursor, StringBuilder sb)
    {
        var start = cursor.Index;
        var c = cursor.Peek(1);
        cursor.Advance(2);
        switch (c)
        {
            case 'b': sb.Append('\b'); return;
            case 't': sb.Append('\t'); return;
            case 'n': sb.Append('\n'); return;
            case 'f': sb.Append('\f'); return;
            case 'r': sb.Append('\r'); return;
            case '"': sb.Append('"'); return;
            case '\\': sb.Append('\\'); return;
            case 'u': sb.Append(ReadUnicode(cursor, start, 4)); return;
            case 'U': sb.Append(ReadUnicode(cursor, start, 8)); return;
            default:
                throw cursor.ErrorAt(start,
                    $"invalid escape sequence '\\{(c == TomlCursor.End ? "" : ((char)c).ToString())}': expected one of \\b \\t \\n \\f \\r \\\" \\\\ \\uXXXX \\UXXXXXXXX");
        }
    }

    private static string ReadUnicode(TomlCursor cursor, int start, int digits)
    {
        var value = 0L;
        for (var i = 0; i < digits; i++)
        {
            var d = cursor.Peek();
            if (!Uri.IsHexDigit((char)Math.Max(d, 0)) || d > 0x7f)
            {
                throw cursor.ErrorAt(start, $"invalid unicode escape: expected {digits} hexadecimal digits");
            }
            value = (value * 16) + int.Parse(((char)d).ToString(), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            cursor.Advance();
        }
        if (value > 0x10ffff || value is >= 0xd800 and <= 0xdfff)
        {
            throw cursor.ErrorAt(start, $"invalid unicode escape: U+{value:X} is not a Unicode scalar value");
        }
        return char.ConvertFromUtf32((int)value);
    }
}
