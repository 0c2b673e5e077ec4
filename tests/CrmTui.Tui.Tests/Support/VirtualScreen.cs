using System.Globalization;
using CrmTui.Tui.Rendering;

namespace CrmTui.Tui.Tests.Support;

/// <summary>
/// A minimal terminal emulator for the sequences the renderer emits (CUP, ED 2, SGR, DEC private
/// modes are ignored): replaying the renderer's output here must give the buffer's glyphs back.
/// It proves diff frames are correct, not just short.
/// </summary>
public sealed class VirtualScreen(int width, int height)
{
    private readonly string[,] _glyphs = Blank(width, height);
    private int _x;
    private int _y;

    public void Apply(string ansi)
    {
        var i = 0;
        while (i < ansi.Length)
        {
            if (ansi[i] == '\e' && i + 1 < ansi.Length && ansi[i + 1] == '[')
            {
                var j = i + 2;
                while (j < ansi.Length && !(ansi[j] >= '@' && ansi[j] <= '~'))
                {
                    j++;
                }
                Csi(ansi[(i + 2)..j], ansi[j]);
                i = j + 1;
                continue;
            }
            var g = StringInfo.GetNextTextElementLength(ansi, i);
            var text = ansi.Substring(i, g);
            if (_x < width && _y < height)
            {
                _glyphs[_y, _x] = text;
                if (CellWidth.OfGrapheme(text) == 2 && _x + 1 < width)
                {
                    _glyphs[_y, _x + 1] = "";
                }
            }
            _x += Math.Max(1, CellWidth.OfGrapheme(text));
            i += g;
        }
    }

    public string RowText(int y)
    {
        var s = "";
        for (var x = 0; x < width; x++)
        {
            s += _glyphs[y, x];
        }
        return s;
    }

    private void Csi(string parameters, char final)
    {
        if (final == 'H')
        {
            var parts = parameters.Split(';');
            _y = int.Parse(parts[0], CultureInfo.InvariantCulture) - 1;
            _x = int.Parse(parts[1], CultureInfo.InvariantCulture) - 1;
        }
        else if (final == 'J' && parameters == "2")
        {
            var blank = Blank(width, height);
            Array.Copy(blank, _glyphs, blank.Length);
        }
    }

    private static string[,] Blank(int w, int h)
    {
        var g = new string[h, w];
        for (var y = 0; y < h; y++)
        {
            for (var x = 0; x < w; x++)
            {
                g[y, x] = " ";
            }
        }
        return g;
    }
}
