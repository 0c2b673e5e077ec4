using System.Globalization;
using CrmTui.Tui.Terminal;

namespace CrmTui.Tui.Widgets;

/// <summary>
/// A one-line editor (filter <c>/</c>, command <c>:</c>, typed confirmation). Immutable: every key
/// returns a new state. Cursor positions are in text elements (graphemes), so an accented or CJK
/// character is one step. Keys: printable characters insert; backspace, delete, left, right,
/// home/ctrl+a, end/ctrl+e, ctrl+u (delete to start), ctrl+k (delete to end), ctrl+w (delete word
/// before the cursor); Enter submits, Esc cancels.
/// </summary>
public sealed record PromptState(string Prefix, string Text = "", int Cursor = 0)
{
    public static PromptState Start(string prefix, string text = "") => new(prefix, text, Elements(text).Length);

    public (PromptState State, PromptOutcome Outcome) Apply(Key key)
    {
        var elements = Elements(Text);
        var cursor = Math.Clamp(Cursor, 0, elements.Length);
        if (key.IsPrintable)
        {
            return (Edit([.. elements[..cursor], key.Rune.ToString(), .. elements[cursor..]], cursor + 1), PromptOutcome.Editing);
        }
        var ctrl = key.Modifiers == KeyModifiers.Ctrl && key.Code == KeyCode.Char ? (char)key.Rune.Value : '\0';
        return (key.Code, ctrl) switch
        {
            (KeyCode.Enter, _) => (this, PromptOutcome.Submitted),
            (KeyCode.Escape, _) => (this, PromptOutcome.Cancelled),
            (KeyCode.Backspace, _) when cursor > 0 => (Edit([.. elements[..(cursor - 1)], .. elements[cursor..]], cursor - 1), PromptOutcome.Editing),
            (KeyCode.Delete, _) when cursor < elements.Length => (Edit([.. elements[..cursor], .. elements[(cursor + 1)..]], cursor), PromptOutcome.Editing),
            (KeyCode.Left, _) => (this with { Cursor = Math.Max(0, cursor - 1) }, PromptOutcome.Editing),
            (KeyCode.Right, _) => (this with { Cursor = Math.Min(elements.Length, cursor + 1) }, PromptOutcome.Editing),
            (KeyCode.Home, _) or (_, 'a') => (this with { Cursor = 0 }, PromptOutcome.Editing),
            (KeyCode.End, _) or (_, 'e') => (this with { Cursor = elements.Length }, PromptOutcome.Editing),
            (_, 'u') => (Edit(elements[cursor..], 0), PromptOutcome.Editing),
            (_, 'k') => (Edit(elements[..cursor], cursor), PromptOutcome.Editing),
            (_, 'w') => DeleteWord(elements, cursor),
            _ => (this with { Cursor = cursor }, PromptOutcome.Editing),
        };
    }

    private (PromptState, PromptOutcome) DeleteWord(string[] elements, int cursor)
    {
        var start = cursor;
        while (start > 0 && elements[start - 1] == " ")
        {
            start--;
        }
        while (start > 0 && elements[start - 1] != " ")
        {
            start--;
        }
        return (Edit([.. elements[..start], .. elements[cursor..]], start), PromptOutcome.Editing);
    }

    private PromptState Edit(string[] elements, int cursor) => this with { Text = string.Concat(elements), Cursor = cursor };

    internal static string[] Elements(string text)
    {
        var list = new List<string>();
        var e = StringInfo.GetTextElementEnumerator(text);
        while (e.MoveNext())
        {
            list.Add(e.GetTextElement());
        }
        return [.. list];
    }
}
