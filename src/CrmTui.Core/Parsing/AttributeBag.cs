using System.Collections.Immutable;
using System.Globalization;
using System.Xml;
using CrmTui.Core.Model;

namespace CrmTui.Core.Parsing;

/// <summary>
/// The attributes of the element being read. Typed getters mark what they consumed; whatever is
/// left — unknown names, and known names whose text is not the canonical form of its typed value
/// (e.g. <c>online="yes"</c>) — becomes the record's <c>Extra</c>, so no text is ever lost.
/// Reused for every element, so a record must take its <see cref="Extra"/> before its children are read.
/// </summary>
internal sealed class AttributeBag
{
    private string[] _names = new string[24];
    private string[] _values = new string[24];
    private bool[] _taken = new bool[24];
    private int _count;

    public int Count => _count;

    public void Load(XmlReader reader)
    {
        _count = 0;
        if (!reader.MoveToFirstAttribute())
        {
            return;
        }

        do
        {
            // Namespace declarations are kept like any attribute (crm_mon writes none), so a
            // document that uses prefixes still writes back as valid XML.
            if (_count == _names.Length)
            {
                Array.Resize(ref _names, _count * 2);
                Array.Resize(ref _values, _count * 2);
                Array.Resize(ref _taken, _count * 2);
            }

            _names[_count] = reader.Name;
            _values[_count] = reader.Value;
            _taken[_count] = false;
            _count++;
        }
        while (reader.MoveToNextAttribute());

        reader.MoveToElement();
    }

    public string? OptString(string name)
    {
        var i = Find(name);
        if (i < 0)
        {
            return null;
        }

        _taken[i] = true;
        return _values[i];
    }

    public string String(string name) => OptString(name) ?? "";

    public bool Bool(string name) => OptBool(name) ?? false;

    public bool? OptBool(string name)
    {
        var i = Find(name);
        if (i < 0)
        {
            return null;
        }

        var text = _values[i];
        switch (text)
        {
            case "true":
                _taken[i] = true;
                return true;
            case "false":
                _taken[i] = true;
                return false;
            default:
                // Pacemaker's own reading of a boolean; the raw text stays in Extra.
                return text.Trim().ToLowerInvariant() is "yes" or "y" or "on" or "1";
        }
    }

    public int Int(string name) => OptInt(name) ?? 0;

    public int? OptInt(string name)
    {
        var i = Find(name);
        if (i < 0)
        {
            return null;
        }

        if (int.TryParse(_values[i], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            && IsCanonical(_values[i], value))
        {
            _taken[i] = true;
            return value;
        }

        return null;
    }

    public long Long(string name)
    {
        var i = Find(name);
        if (i < 0)
        {
            return 0;
        }

        if (long.TryParse(_values[i], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            && _values[i] == value.ToString(CultureInfo.InvariantCulture))
        {
            _taken[i] = true;
            return value;
        }

        return 0;
    }

    public CrmTime? Time(string name) => OptString(name) is { } raw ? CrmTime.Parse(raw) : null;

    public CrmDuration? Duration(string name) => OptString(name) is { } raw ? CrmDuration.Parse(raw) : null;

    /// <summary>Attributes not consumed by a typed getter.</summary>
    public ImmutableSortedDictionary<string, string> Extra()
    {
        ImmutableSortedDictionary<string, string>.Builder? builder = null;
        for (var i = 0; i < _count; i++)
        {
            if (!_taken[i])
            {
                builder ??= Attributes.Empty.ToBuilder();
                builder[_names[i]] = _values[i];
            }
        }

        return builder?.ToImmutable() ?? Attributes.Empty;
    }

    /// <summary>All attributes, for an element kept raw.</summary>
    public ImmutableSortedDictionary<string, string> All()
    {
        for (var i = 0; i < _count; i++)
        {
            _taken[i] = false;
        }

        return Extra();
    }

    private static bool IsCanonical(string text, int value)
    {
        // Cheap check without formatting: "0", "-12", "1000000" are canonical; "+1", "007", " 1" are not.
        if (text.Length == 0 || text.Length > 11)
        {
            return false;
        }

        var start = text[0] == '-' ? 1 : 0;
        if (start == text.Length || (text[start] == '0' && text.Length > start + 1) || (start == 1 && value == 0))
        {
            return false;
        }

        for (var i = start; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private int Find(string name)
    {
        for (var i = 0; i < _count; i++)
        {
            if (ReferenceEquals(_names[i], name) || _names[i] == name)
            {
                return i;
            }
        }

        return -1;
    }
}
