using System.Collections.Immutable;

namespace CrmTui.Config.Toml;

/// <summary>Recursive-descent reader for TOML 1.0 documents: lines, keys, headers, values.</summary>
internal sealed class TomlParser
{
    // Deep nesting (arrays, inline tables, and the tables that dotted keys create) would otherwise end in a
    // StackOverflowException in a recursive consumer, which no catch can stop. Key segments count as depth.
    private const int MaxDepth = 128;

    private readonly TomlCursor _cursor;
    private readonly TomlTreeBuilder _tree;
    private int _depth;

    public TomlParser(string text, string fileName)
    {
        _cursor = new TomlCursor(text, fileName);
        _tree = new TomlTreeBuilder(_cursor, new TomlTreeBuilder.TableNode(TomlTreeBuilder.TableKind.Header, new TomlPosition(1, 1)));
    }

    public TomlDocument Parse()
    {
        var current = _tree.Root;
        while (true)
        {
            SkipBlanks();
            var c = _cursor.Peek();
            if (c == TomlCursor.End)
            {
                break;
            }
            if (c is '#' or '\n' or '\r')
            {
                ExpectLineEnd("");
            }
            else if (c == '[')
            {
                current = ParseHeader();
            }
            else
            {
                var (key, value) = ParseKeyValue();
                _tree.Assign(current, key, value);
                ExpectLineEnd(" after a value");
            }
        }
        return new TomlDocument(_cursor.FileName, TomlTreeBuilder.Freeze(_tree.Root));
    }

    private TomlTreeBuilder.TableNode ParseHeader()
    {
        var position = _cursor.Here;
        _cursor.Advance();
        var isArray = _cursor.Peek() == '[';
        if (isArray)
        {
            _cursor.Advance();
        }
        var key = ParseKey();
        CheckDepth(key.Count);
        if (_cursor.Peek() != ']')
        {
            throw _cursor.Error($"expected ']' to close the table header, found {_cursor.DescribeCurrent()}");
        }
        _cursor.Advance();
        if (isArray)
        {
            if (_cursor.Peek() != ']')
            {
                throw _cursor.Error($"expected ']]' to close the array-of-tables header, found {_cursor.DescribeCurrent()}");
            }
            _cursor.Advance();
        }
        var table = _tree.OpenTable(key, isArray, position);
        ExpectLineEnd(" after a table header");
        return table;
    }

    private (List<(string, TomlPosition)> Key, TomlValue Value) ParseKeyValue()
    {
        var key = ParseKey();
        if (_cursor.Peek() != '=')
        {
            throw _cursor.Error($"expected '=' after the key, found {_cursor.DescribeCurrent()}");
        }
        _cursor.Advance();
        SkipBlanks();
        CheckDepth(_depth + key.Count);
        _depth += key.Count;
        var value = ParseValue();
        _depth -= key.Count;
        return (key, value);
    }

    private void CheckDepth(int depth)
    {
        if (depth > MaxDepth)
        {
            throw _cursor.Error($"tables, arrays and dotted keys are nested more than {MaxDepth} deep");
        }
    }

    private List<(string, TomlPosition)> ParseKey()
    {
        var parts = new List<(string, TomlPosition)>();
        while (true)
        {
            SkipBlanks();
            var position = _cursor.Here;
            var c = _cursor.Peek();
            string part;
            if (c is '"' or '\'')
            {
                if (_cursor.Peek(1) == c && _cursor.Peek(2) == c)
                {
                    throw _cursor.Error("a multi-line string cannot be used as a key");
                }
                part = c == '"' ? TomlStrings.ParseBasic(_cursor) : TomlStrings.ParseLiteral(_cursor);
            }
            else if (IsBareKeyChar(c))
            {
                var start = _cursor.Index;
                while (IsBareKeyChar(_cursor.Peek()))
                {
                    _cursor.Advance();
                }
                part = _cursor.Slice(start, _cursor.Index);
            }
            else
            {
                throw _cursor.Error($"expected a key (letters, digits, '_', '-', or a quoted string), found {_cursor.DescribeCurrent()}");
            }
            parts.Add((part, position));
            SkipBlanks();
            if (_cursor.Peek() != '.')
            {
                return parts;
            }
            _cursor.Advance();
        }
    }

    private TomlValue ParseValue()
    {
        var c = _cursor.Peek();
        switch (c)
        {
            case '"':
                var p = _cursor.Here;
                return new TomlString(_cursor.LookingAt("\"\"\"") ? TomlStrings.ParseMultiLineBasic(_cursor) : TomlStrings.ParseBasic(_cursor), p);
            case '\'':
                var q = _cursor.Here;
                return new TomlString(_cursor.LookingAt("'''") ? TomlStrings.ParseMultiLineLiteral(_cursor) : TomlStrings.ParseLiteral(_cursor), q);
            case '[':
                return Nested(ParseArray);
            case '{':
                return Nested(ParseInlineTable);
        }
        if (TomlDateTimes.LooksLikeDateOrTime(_cursor))
        {
            return TomlDateTimes.Parse(_cursor);
        }
        if (TomlNumbers.IsTokenChar(c))
        {
            return TomlNumbers.Parse(_cursor);
        }
        throw _cursor.Error($"expected a value (string, number, boolean, date-time, array or inline table), found {_cursor.DescribeCurrent()}");
    }

    private TomlValue Nested(Func<TomlValue> parse)
    {
        CheckDepth(++_depth);
        var value = parse();
        _depth--;
        return value;
    }

    private TomlValue ParseArray()
    {
        var position = _cursor.Here;
        _cursor.Advance();
        var items = ImmutableArray.CreateBuilder<TomlValue>();
        while (true)
        {
            SkipBlanksCommentsAndNewlines();
            if (_cursor.Peek() == ']')
            {
                _cursor.Advance();
                return new TomlArray(items.ToImmutable(), position);
            }
            items.Add(ParseValue());
            SkipBlanksCommentsAndNewlines();
            switch (_cursor.Peek())
            {
                case ',':
                    _cursor.Advance();
                    break;
                case ']':
                    _cursor.Advance();
                    return new TomlArray(items.ToImmutable(), position);
                default:
                    throw _cursor.Error($"expected ',' or ']' in the array, found {_cursor.DescribeCurrent()}");
            }
        }
    }

    private TomlValue ParseInlineTable()
    {
        var position = _cursor.Here;
        _cursor.Advance();
        var table = new TomlTreeBuilder.TableNode(TomlTreeBuilder.TableKind.Inline, position);
        SkipBlanks();
        if (_cursor.Peek() == '}')
        {
            _cursor.Advance();
            return TomlTreeBuilder.Freeze(table);
        }
        if (_cursor.Peek() is '\n' or '\r')
        {
            throw _cursor.Error("expected a key or '}' after '{': an inline table must be on one line (TOML 1.0)");
        }
        while (true)
        {
            var (key, value) = ParseKeyValue();
            _tree.Assign(table, key, value);
            SkipBlanks();
            switch (_cursor.Peek())
            {
                case ',':
                    _cursor.Advance();
                    SkipBlanks();
                    if (_cursor.Peek() == '}')
                    {
                        throw _cursor.Error("a trailing comma is not allowed in an inline table (TOML 1.0)");
                    }
                    if (_cursor.Peek() is '\n' or '\r')
                    {
                        throw _cursor.Error("expected a key after ',': an inline table must be on one line (TOML 1.0)");
                    }
                    break;
                case '}':
                    _cursor.Advance();
                    return TomlTreeBuilder.Freeze(table);
                case '\n' or '\r':
                    throw _cursor.Error("expected ',' or '}': an inline table must be on one line (TOML 1.0)");
                default:
                    throw _cursor.Error($"expected ',' or '}}' in the inline table, found {_cursor.DescribeCurrent()}");
            }
        }
    }

    private void SkipBlanks()
    {
        while (_cursor.Peek() is ' ' or '\t')
        {
            _cursor.Advance();
        }
    }

    private void SkipBlanksCommentsAndNewlines()
    {
        while (true)
        {
            SkipBlanks();
            var c = _cursor.Peek();
            if (c == '#')
            {
                SkipComment();
            }
            else if (c is '\n' or '\r')
            {
                ConsumeNewline();
            }
            else
            {
                return;
            }
        }
    }

    /// <summary>Blanks, an optional comment, then a newline or the end of the file.</summary>
    private void ExpectLineEnd(string context)
    {
        SkipBlanks();
        if (_cursor.Peek() == '#')
        {
            SkipComment();
        }
        var c = _cursor.Peek();
        if (c == TomlCursor.End)
        {
            return;
        }
        if (c is not ('\n' or '\r'))
        {
            throw _cursor.Error($"expected a newline{context}, found {_cursor.DescribeCurrent()}");
        }
        ConsumeNewline();
    }

    private void SkipComment()
    {
        _cursor.Advance();
        while (_cursor.Peek() is not (TomlCursor.End or '\n') && !(_cursor.Peek() == '\r' && _cursor.Peek(1) == '\n'))
        {
            _cursor.AdvanceTextChar("a comment");
        }
    }

    private void ConsumeNewline()
    {
        if (_cursor.Peek() == '\r')
        {
            if (_cursor.Peek(1) != '\n')
            {
                throw _cursor.Error("a carriage return must be followed by a line feed");
            }
            _cursor.Advance();
        }
        _cursor.Advance();
    }

    private static bool IsBareKeyChar(int c) =>
        c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_' or '-';
}
