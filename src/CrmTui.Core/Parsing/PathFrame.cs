using System.Text;

namespace CrmTui.Core.Parsing;

/// <summary>One open element on the parser's path: its name, sibling index and collected text.</summary>
internal sealed class PathFrame
{
    private readonly List<KeyValuePair<string, int>> _childCounts = [];

    public string Name { get; private set; } = "";

    /// <summary>1-based index among earlier siblings with the same name.</summary>
    public int Index { get; private set; }
    public StringBuilder? Text { get; private set; }

    public void Reset(string name, int index)
    {
        Name = name;
        Index = index;
        _childCounts.Clear();
        Text?.Clear();
    }

    /// <summary>Counts a new child named <paramref name="name"/> and returns its 1-based index.</summary>
    public int CountChild(string name)
    {
        for (var i = 0; i < _childCounts.Count; i++)
        {
            // Names come from the reader's name table, so equal names are usually the same instance.
            if (ReferenceEquals(_childCounts[i].Key, name) || _childCounts[i].Key == name)
            {
                var next = _childCounts[i].Value + 1;
                _childCounts[i] = new(name, next);
                return next;
            }
        }

        _childCounts.Add(new(name, 1));
        return 1;
    }

    public void AppendText(string text) => (Text ??= new StringBuilder()).Append(text);

    public string? TakeText()
    {
        if (Text is null || Text.Length == 0)
        {
            return null;
        }

        var text = Text.ToString();
        Text.Clear();
        return string.IsNullOrWhiteSpace(text) ? null : text;
    }
}
