using System.Text;
using CrmTui.Tui.Rendering;

namespace CrmTui.TestKit.Tui;

/// <summary>Plain text of buffer rows, for assertions.</summary>
public static class BufferText
{
    public static string Row(ScreenBuffer buffer, int y)
    {
        var sb = new StringBuilder();
        foreach (var cell in buffer.Row(y))
        {
            sb.Append(cell.Glyph);
        }
        return sb.ToString();
    }

    public static string All(ScreenBuffer buffer) =>
        string.Join('\n', Enumerable.Range(0, buffer.Height).Select(y => Row(buffer, y).TrimEnd()));
}
