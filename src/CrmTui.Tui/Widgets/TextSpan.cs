using CrmTui.Tui.Theming;

namespace CrmTui.Tui.Widgets;

/// <summary>A piece of text in one role: table cells, header values, status messages.</summary>
public readonly record struct TextSpan(string Text, StyleRole Role = StyleRole.Text)
{
    public static implicit operator TextSpan(string text) => new(text);
}
