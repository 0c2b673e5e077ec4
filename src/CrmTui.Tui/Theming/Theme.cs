using System.Collections.Frozen;
using System.Collections.Immutable;
using Spectre.Console;

namespace CrmTui.Tui.Theming;

/// <summary>
/// Maps <see cref="StyleRole"/>s to Spectre styles. Roles a theme does not set resolve through
/// <see cref="StyleRoles.Parent"/> down to <c>text</c>, so a partial theme is always complete.
/// </summary>
public sealed class Theme
{
    private readonly FrozenDictionary<StyleRole, Style> _styles;
    private readonly Style[] _resolved;

    public Theme(string name, IReadOnlyDictionary<StyleRole, Style> styles)
    {
        Name = name;
        _styles = styles.ToFrozenDictionary();
        _resolved = new Style[StyleRoles.All.Length];
        foreach (var role in StyleRoles.All)
        {
            _resolved[(int)role] = Lookup(role);
        }
    }

    public string Name { get; }

    /// <summary>Roles this theme sets itself (not derived).</summary>
    public IReadOnlyDictionary<StyleRole, Style> Styles => _styles;

    public Style this[StyleRole role] => _resolved[(int)role];

    /// <summary>The built-in theme for dark terminals.</summary>
    public static Theme Default { get; } = BuiltInThemes.Dark();

    /// <summary>No colours, only attributes: used for <c>NO_COLOR</c> and <c>TERM=dumb</c>.</summary>
    public static Theme Mono { get; } = BuiltInThemes.Mono();

    /// <summary>
    /// A theme in which every role has a unique style (a distinct 256-colour foreground) that maps
    /// back to its role with <see cref="RoleCodec"/>. Widgets build Spectre renderables with it and
    /// the blitter decodes the segments' styles back to roles.
    /// </summary>
    public static Theme ForSnapshots() => RoleCodec.Theme;

    /// <summary>
    /// Builds a theme from role name → Spectre style string (as a theme file holds them). Unknown
    /// roles and unparsable styles are reported, not thrown; the valid entries still apply on top of
    /// <paramref name="baseTheme"/> (the built-in default when null).
    /// </summary>
    public static ThemeParseResult FromStrings(string name, IReadOnlyDictionary<string, string> styles, Theme? baseTheme = null)
    {
        var merged = new Dictionary<StyleRole, Style>((baseTheme ?? Default)._styles);
        var errors = ImmutableArray.CreateBuilder<string>();
        foreach (var (roleName, styleText) in styles.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!StyleRoles.TryParse(roleName, out var role))
            {
                errors.Add($"unknown style role '{roleName}'");
                continue;
            }
            if (!Style.TryParse(styleText, out var style) || style is null)
            {
                errors.Add($"'{roleName}': cannot parse style '{styleText}' (expected e.g. \"bold red on grey23\")");
                continue;
            }
            merged[role] = style;
        }
        return new ThemeParseResult(new Theme(name, merged), errors.ToImmutable());
    }

    private Style Lookup(StyleRole role)
    {
        var r = role;
        while (true)
        {
            if (_styles.TryGetValue(r, out var style))
            {
                return style;
            }
            var parent = StyleRoles.Parent(r);
            if (parent == r)
            {
                return Style.Plain;
            }
            r = parent;
        }
    }
}
