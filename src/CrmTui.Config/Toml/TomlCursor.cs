using System.Globalization;

namespace CrmTui.Config.Toml;

/// <summary>
/// A read position in the source text. Peeks return -1 at the end so that a NUL in the text is
/// never mistaken for the end. Line starts are computed once so that positions cost a binary search.
/// </summary>
internal sealed class TomlCursor
{
    public const int End = -1;

    private readonly string _text;
    private readonly int[] _lineStarts;

    public TomlCursor(string text, string fileName)
    {
        _text = text;
        FileName = fileName;
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }
        _lineStarts = [.. starts];
    }

    public string FileName { get; }

    public int Index { get; private set; }

    public bool AtEnd => Index >= _text.Length;

    public TomlPosition Here => PositionOf(Index);

    public int Peek(int ahead = 0)
    {
        var i = Index + ahead;
        return i < _text.Length ? _text[i] : End;
    }

    public void Advance(int count = 1) => Index = Math.Min(Index + count, _text.Length);

    public bool LookingAt(string s) => string.CompareOrdinal(_text, Index, s, 0, s.Length) == 0 && Index + s.Length <= _text.Length;

    public string Slice(int start, int end) => _text[start..end];

    public TomlPosition PositionOf(int index)
    {
        var line = Array.BinarySearch(_lineStarts, index);
        if (line < 0)
        {
            line = ~line - 1;
        }
        return new TomlPosition(line + 1, index - _lineStarts[line] + 1);
    }

    public TomlSyntaxException Error(string reason) => new(FileName, Here, reason);

    public TomlSyntaxException ErrorAt(int index, string reason) => new(FileName, PositionOf(index), reason);

    public TomlSyntaxException ErrorAt(TomlPosition position, string reason) => new(FileName, position, reason);

    /// <summary>Describes the character under the cursor for "found …" in messages.</summary>
    public string DescribeCurrent() => Describe(Peek());

    public static string Describe(int c) => c switch
    {
        End => "end of file",
        '\n' => "end of line",
        '\r' => "carriage return",
        '\t' => "tab",
        < 0x20 or 0x7f => $"control character U+{c:X4}",
        >= 0xd800 and <= 0xdfff => $"unpaired surrogate U+{c:X4}",
        _ when char.IsWhiteSpace((char)c) => $"whitespace U+{c:X4}",
        _ => "'" + ((char)c).ToString(CultureInfo.InvariantCulture) + "'",
    };

    /// <summary>True for characters TOML forbids outside escapes: C0 controls except tab, and DEL.</summary>
    public static bool IsForbiddenControl(int c) => c is (>= 0 and < 0x20 and not '\t') or 0x7f;

    /// <summary>Consumes one character of free text, rejecting control characters and unpaired surrogates.</summary>
    public void AdvanceTextChar(string where)
    {
        var c = Peek();
        if (IsForbiddenControl(c))
        {
            throw Error($"{Describe(c)} is not allowed in {where}");
        }
        if (char.IsHighSurrogate((char)c) && char.IsLowSurrogate((char)Math.Max(Peek(1), 0)))
        {
            Advance(2);
            return;
        }
        if (char.IsSurrogate((char)c))
        {
            throw Error($"{Describe(c)} is not allowed in {where}");
        }
        Advance();
    }
}
