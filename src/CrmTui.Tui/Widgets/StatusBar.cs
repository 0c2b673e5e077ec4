using System.Collections.Immutable;
using CrmTui.Tui.Rendering;
using CrmTui.Tui.Theming;

namespace CrmTui.Tui.Widgets;

/// <summary>
/// The bottom line: key hints on the left, the last action's result (or an error) on the right.
/// When space is short the message wins (it is news; the hints are in the help) and hints drop
/// from the end.
/// </summary>
public static class StatusBar
{
    public static void Render(Canvas canvas, ImmutableArray<KeyHint> hints, TextSpan? message, Glyphs glyphs)
    {
        if (canvas.Height <= 0)
        {
            return;
        }
        canvas.Fill(new Rect(0, 0, canvas.Width, 1), StyleRole.StatusBar);
        var messageText = message is { } m ? CellWidth.Truncate(m.Text, Math.Max(0, canvas.Width - 2), glyphs.Ellipsis) : "";
        var messageWidth = messageText.Length == 0 ? 0 : CellWidth.Of(messageText) + 2;
        var room = canvas.Width - messageWidth;
        var x = 1;
        foreach (var hint in hints)
        {
            var need = CellWidth.Of(hint.Keys) + 1 + CellWidth.Of(hint.Label) + 2;
            if (x + need > room)
            {
                break;
            }
            x += canvas.Write(x, 0, hint.Keys, hint.Disabled ? StyleRole.Disabled : StyleRole.KeyHint);
            x += canvas.Write(x, 0, " " + hint.Label, hint.Disabled ? StyleRole.Disabled : StyleRole.StatusBar);
            x += 2;
        }
        if (message is { } msg && messageText.Length > 0)
        {
            canvas.Write(canvas.Width - messageWidth + 1, 0, messageText, msg.Role == StyleRole.Text ? StyleRole.StatusBar : msg.Role);
        }
    }
}
