using System.Text;
using CrmTui.Tui.Terminal;
using CrmTui.Tui.Theming;

namespace CrmTui.Tui.Rendering;

/// <summary>
/// Turns the difference between what is on the terminal (front) and the next frame (back) into
/// ANSI: identical rows are skipped, each changed run is a cursor move + SGR (only when the role's
/// style changes) + text, and the whole frame goes out in one write, optionally wrapped in DEC 2026
/// synchronized update so the terminal paints it at once. The screen is cleared only on the first
/// frame, after a resize, or after <see cref="Invalidate"/> (Ctrl-L).
/// </summary>
public sealed class ScreenRenderer
{
    // Two cursor moves cost more than rewriting a few unchanged cells between changes.
    private const int MergeGap = 6;

    private readonly ITerminal _terminal;
    private readonly SgrCache _sgr;
    private readonly bool _synchronized;
    private readonly ScreenBuffer _front = new(0, 0);
    private string[] _prefixes = [];
    private Theme _theme;
    private bool _full = true;

    public ScreenRenderer(ITerminal terminal, Theme theme, SgrCache sgr, bool synchronizedUpdate = true)
    {
        _terminal = terminal;
        _sgr = sgr;
        _synchronized = synchronizedUpdate;
        _theme = theme;
        CachePrefixes();
    }

    public Theme Theme
    {
        get => _theme;
        set
        {
            _theme = value;
            CachePrefixes();
            _full = true;
        }
    }

    /// <summary>Bytes written by the last <see cref="Flush"/> (UTF-8); benchmarks read it.</summary>
    public int LastFrameBytes { get; private set; }

    /// <summary>Forces the next frame to clear and repaint everything (Ctrl-L).</summary>
    public void Invalidate() => _full = true;

    /// <summary>Writes the changes from the previous frame to <paramref name="back"/> in a single write.</summary>
    public void Flush(ScreenBuffer back)
    {
        var frame = Compose(back);
        LastFrameBytes = Encoding.UTF8.GetByteCount(frame);
        if (frame.Length > 0)
        {
            _terminal.Write(frame);
        }
    }

    /// <summary>The ANSI for the next frame, and the front buffer updated as if it had been written.</summary>
    public string Compose(ScreenBuffer back)
    {
        var sb = new StringBuilder();
        var sgr = new SgrState(_prefixes);
        if (_full || back.Width != _front.Width || back.Height != _front.Height)
        {
            _front.Resize(back.Width, back.Height);
            sb.Append("\e[0m\e[2J");
            for (var y = 0; y < back.Height; y++)
            {
                WriteRun(sb, ref sgr, back, y, 0, back.Width);
            }
            _full = false;
        }
        else
        {
            for (var y = 0; y < back.Height; y++)
            {
                DiffRow(sb, ref sgr, back, y);
            }
        }
        _front.CopyFrom(back);
        if (sb.Length == 0)
        {
            return "";
        }
        return _synchronized ? $"\e[?2026h{sb}\e[?2026l" : sb.ToString();
    }

    private void DiffRow(StringBuilder sb, ref SgrState sgr, ScreenBuffer back, int y)
    {
        var next = back.Row(y);
        var prev = _front.Row(y);
        if (next.SequenceEqual(prev))
        {
            return;
        }
        var x = 0;
        var width = back.Width;
        while (x < width)
        {
            if (next[x] == prev[x])
            {
                x++;
                continue;
            }
            var start = x;
            var end = x + 1;
            var same = 0;
            for (var i = x + 1; i < width && same < MergeGap; i++)
            {
                if (next[i] == prev[i])
                {
                    same++;
                }
                else
                {
                    same = 0;
                    end = i + 1;
                }
            }
            // Never start on the right half of a wide glyph (old or new): repaint from its left half.
            if (start > 0 && (next[start].IsContinuation || prev[start].IsContinuation))
            {
                start--;
            }
            if (end < width && next[end].IsContinuation)
            {
                end++;
            }
            WriteRun(sb, ref sgr, back, y, start, end);
            x = end;
        }
    }

    private static void WriteRun(StringBuilder sb, ref SgrState sgr, ScreenBuffer back, int y, int start, int end)
    {
        sb.Append("\e[").Append(y + 1).Append(';').Append(start + 1).Append('H');
        var row = back.Row(y);
        for (var x = start; x < end; x++)
        {
            var cell = row[x];
            if (cell.IsContinuation)
            {
                continue;
            }
            sgr.Switch(sb, cell.Role);
            sb.Append(cell.Glyph);
        }
    }

    private void CachePrefixes()
    {
        _prefixes = [.. StyleRoles.All.Select(r => _sgr.Prefix(_theme[r]))];
        _full = true;
    }

    // The SGR currently in effect on the terminal, so a run of one role costs one escape sequence.
    private struct SgrState(string[] prefixes)
    {
        private string? _current;

        public void Switch(StringBuilder sb, StyleRole role)
        {
            var prefix = prefixes[(int)role];
            if (ReferenceEquals(prefix, _current) || prefix == _current)
            {
                return;
            }
            sb.Append("\e[0m").Append(prefix);
            _current = prefix;
        }
    }
}
