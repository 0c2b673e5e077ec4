using System.Text;

namespace CrmTui.Tui.Terminal;

/// <summary>
/// Bytes from a terminal in raw mode → <see cref="Key"/>s. Understands UTF-8, C0 controls
/// (Ctrl-letters, Enter, Tab, Backspace as DEL or BS), CSI sequences (xterm with modifier
/// parameters <c>ESC [ 1 ; 5 A</c>, vt220 <c>ESC [ 5 ~</c>, linux console <c>ESC [ [ A</c>),
/// SS3 sequences (<c>ESC O A</c>, application cursor mode) and Alt as an ESC prefix.
/// <para>
/// Alt is an ESC prefix only when the ESC and the key arrived in the same read: a terminal sends
/// Alt+2 as one write, while an operator pressing Esc and then 2 makes two. An ESC left pending from
/// an earlier read followed by anything but <c>[</c> or <c>O</c> (which continue a sequence split
/// across reads) is therefore the Esc key, then the key.
/// </para>
/// <para>
/// A lone ESC is ambiguous: it may be the Esc key or the start of a sequence split across reads.
/// The decoder keeps it pending; the reader calls <see cref="Flush"/> when no more bytes arrived
/// within a short timeout (the read returned 0). Tests call <see cref="Flush"/> directly — no sleeps.
/// Unknown sequences are dropped, never turned into stray characters.
/// </para>
/// </summary>
public sealed class InputDecoder
{
    private const byte Esc = 0x1b;
    private readonly List<byte> _pending = [];

    // Bytes of _pending before this index came from earlier reads (see the Alt rule above).
    private int _carried;

    /// <summary>True when bytes are held back waiting for the rest of a sequence (or the Esc timeout).</summary>
    public bool HasPending => _pending.Count > 0;

    /// <summary>Adds bytes and returns every key that is now complete.</summary>
    public IReadOnlyList<Key> Feed(ReadOnlySpan<byte> bytes)
    {
        _carried = _pending.Count;
        foreach (var b in bytes)
        {
            _pending.Add(b);
        }
        var keys = new List<Key>();
        var i = 0;
        while (i < _pending.Count)
        {
            var used = TryDecode(i, keys, final: false);
            if (used == 0)
            {
                break;
            }
            i += used;
        }
        _pending.RemoveRange(0, i);
        _carried = 0;
        return keys;
    }

    /// <summary>The input went quiet: a pending ESC is the Esc key; a truncated sequence is taken as it is.</summary>
    public IReadOnlyList<Key> Flush()
    {
        var keys = new List<Key>();
        var i = 0;
        while (i < _pending.Count)
        {
            i += TryDecode(i, keys, final: true);
        }
        _pending.Clear();
        _carried = 0;
        return keys;
    }

    // Decodes one key at i. Returns bytes used, or 0 when more bytes are needed (never 0 when final).
    private int TryDecode(int i, List<Key> keys, bool final)
    {
        var b = _pending[i];
        if (b == Esc)
        {
            return DecodeEscape(i, keys, final);
        }
        if (b < 0x20 || b == 0x7f)
        {
            if (ControlKey(b) is { } control)
            {
                keys.Add(control);
            }
            return 1;
        }
        return DecodeUtf8(i, keys, final);
    }

    private static Key? ControlKey(byte b) => b switch
    {
        0x0d or 0x0a => Key.Enter,
        0x09 => Key.Tab,
        0x7f or 0x08 => Key.Backspace,
        >= 0x01 and <= 0x1a => Key.Ctrl((char)('a' + b - 1)),
        _ => null,
    };

    private int DecodeEscape(int i, List<Key> keys, bool final)
    {
        if (i + 1 >= _pending.Count)
        {
            if (!final)
            {
                return 0;
            }
            keys.Add(Key.Escape);
            return 1;
        }
        var next = _pending[i + 1];
        if (next == '[')
        {
            return DecodeCsi(i, keys, final);
        }
        if (next == 'O')
        {
            if (i + 2 >= _pending.Count)
            {
                if (!final)
                {
                    return 0;
                }
                keys.Add(Key.Char('O').WithModifiers(KeyModifiers.Alt));
                return 2;
            }
            if (Ss3((char)_pending[i + 2]) is { } ss3)
            {
                keys.Add(ss3);
            }
            return 3;
        }
        if (next == Esc)
        {
            keys.Add(Key.Escape);
            return 1;
        }
        // An ESC from an earlier read and a key from this one: the operator pressed Esc, then the key.
        if (i < _carried && i + 1 >= _carried)
        {
            keys.Add(Key.Escape);
            return 1;
        }
        // ESC + key in one read = Alt + key (the xterm "metaSendsEscape" convention).
        var inner = new List<Key>();
        var used = TryDecode(i + 1, inner, final);
        if (used == 0)
        {
            return 0;
        }
        keys.AddRange(inner.Select(k => k.WithModifiers(KeyModifiers.Alt)));
        return 1 + used;
    }

    private int DecodeCsi(int i, List<Key> keys, bool final)
    {
        var j = i + 2;
        // Linux console F1–F5: ESC [ [ A … E
        if (j < _pending.Count && _pending[j] == '[')
        {
            if (j + 1 >= _pending.Count)
            {
                return final ? _pending.Count - i : 0;
            }
            var f = _pending[j + 1] - 'A';
            if (f is >= 0 and <= 4)
            {
                keys.Add(Key.Named(KeyCode.F1 + f));
            }
            return j + 2 - i;
        }
        while (j < _pending.Count && _pending[j] is >= 0x20 and <= 0x3f)
        {
            j++;
        }
        if (j >= _pending.Count)
        {
            if (!final)
            {
                return 0;
            }
            keys.Add(Key.Char('[').WithModifiers(KeyModifiers.Alt));
            return 2;
        }
        var parameters = Encoding.ASCII.GetString([.. _pending.GetRange(i + 2, j - i - 2)]);
        if (Csi(parameters, (char)_pending[j]) is { } key)
        {
            keys.Add(key);
        }
        return j + 1 - i;
    }

    private static Key? Csi(string parameters, char final)
    {
        var parts = parameters.Split(';');
        var first = int.TryParse(parts[0], out var n) ? n : 1;
        var modifiers = parts.Length > 1 && int.TryParse(parts[1], out var m) ? Modifiers(m) : KeyModifiers.None;
        KeyCode? code = final switch
        {
            'A' => KeyCode.Up,
            'B' => KeyCode.Down,
            'C' => KeyCode.Right,
            'D' => KeyCode.Left,
            'H' => KeyCode.Home,
            'F' => KeyCode.End,
            'P' => KeyCode.F1,
            'Q' => KeyCode.F2,
            'R' => KeyCode.F3,
            'S' => KeyCode.F4,
            'Z' => KeyCode.Tab,
            '~' => Tilde(first),
            _ => null,
        };
        if (final == 'Z')
        {
            modifiers |= KeyModifiers.Shift;
        }
        return code is { } c ? Key.Named(c, modifiers) : null;
    }

    // vt220-style "ESC [ n ~" numbers; 200/201 (bracketed paste markers) map to nothing.
    private static KeyCode? Tilde(int n) => n switch
    {
        1 or 7 => KeyCode.Home,
        2 => KeyCode.Insert,
        3 => KeyCode.Delete,
        4 or 8 => KeyCode.End,
        5 => KeyCode.PageUp,
        6 => KeyCode.PageDown,
        11 => KeyCode.F1,
        12 => KeyCode.F2,
        13 => KeyCode.F3,
        14 => KeyCode.F4,
        15 => KeyCode.F5,
        17 => KeyCode.F6,
        18 => KeyCode.F7,
        19 => KeyCode.F8,
        20 => KeyCode.F9,
        21 => KeyCode.F10,
        23 => KeyCode.F11,
        24 => KeyCode.F12,
        _ => null,
    };

    // xterm encodes modifiers as 1 + (shift=1 | alt=2 | ctrl=4).
    private static KeyModifiers Modifiers(int parameter)
    {
        var bits = Math.Max(0, parameter - 1);
        var result = KeyModifiers.None;
        if ((bits & 1) != 0)
        {
            result |= KeyModifiers.Shift;
        }
        if ((bits & 2) != 0)
        {
            result |= KeyModifiers.Alt;
        }
        if ((bits & 4) != 0)
        {
            result |= KeyModifiers.Ctrl;
        }
        return result;
    }

    private static Key? Ss3(char c) => c switch
    {
        'A' => Key.Up,
        'B' => Key.Down,
        'C' => Key.Right,
        'D' => Key.Left,
        'H' => Key.Home,
        'F' => Key.End,
        'M' => Key.Enter,
        'P' => Key.Named(KeyCode.F1),
        'Q' => Key.Named(KeyCode.F2),
        'R' => Key.Named(KeyCode.F3),
        'S' => Key.Named(KeyCode.F4),
        _ => null,
    };

    private int DecodeUtf8(int i, List<Key> keys, bool final)
    {
        var b = _pending[i];
        var length = b switch
        {
            < 0x80 => 1,
            >= 0xc2 and < 0xe0 => 2,
            >= 0xe0 and < 0xf0 => 3,
            >= 0xf0 and < 0xf5 => 4,
            _ => -1,
        };
        if (length < 0)
        {
            keys.Add(Key.Char(Rune.ReplacementChar));
            return 1;
        }
        if (i + length > _pending.Count)
        {
            if (!final)
            {
                return 0;
            }
            keys.Add(Key.Char(Rune.ReplacementChar));
            return _pending.Count - i;
        }
        Span<byte> bytes = stackalloc byte[4];
        for (var k = 0; k < length; k++)
        {
            bytes[k] = _pending[i + k];
        }
        var status = Rune.DecodeFromUtf8(bytes[..length], out var rune, out var used);
        keys.Add(Key.Char(status == System.Buffers.OperationStatus.Done ? rune : Rune.ReplacementChar));
        return Math.Max(1, used);
    }
}
