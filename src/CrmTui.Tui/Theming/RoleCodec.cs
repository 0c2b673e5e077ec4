using System.Collections.Frozen;
using Spectre.Console;

namespace CrmTui.Tui.Theming;

/// <summary>
/// Encodes a <see cref="StyleRole"/> as a unique Spectre style (foreground = 256-palette colour
/// number role+16, past the 16 ANSI colours) and decodes it back. Widgets hand these styles to
/// Spectre renderables so the blitter can recover the role of every segment.
/// </summary>
public static class RoleCodec
{
    private const int Offset = 16;

    private static readonly FrozenDictionary<StyleRole, Style> _styles =
        StyleRoles.All.ToFrozenDictionary(r => r, r => new Style(foreground: Color.FromInt32((int)r + Offset)));

    private static readonly FrozenDictionary<Color, StyleRole> _roles =
        StyleRoles.All.ToFrozenDictionary(r => _styles[r].Foreground, r => r);

    public static Theme Theme { get; } = new("snapshots", _styles);

    public static Style Encode(StyleRole role) => _styles[role];

    /// <summary>The role a style encodes; false for a style that was not made by <see cref="Encode"/>.</summary>
    public static bool TryDecode(Style style, out StyleRole role)
    {
        if (style.Background == Color.Default && _roles.TryGetValue(style.Foreground, out role))
        {
            return true;
        }
        role = StyleRole.Text;
        return false;
    }
}
