using System.Collections.Immutable;
using CrmTui.Config;
using CrmTui.Config.Loading;
using CrmTui.Config.Themes;
using Spectre.Console;

namespace CrmTui.Tui.Theming;

/// <summary>
/// Turns a structurally checked <see cref="ThemeFile"/> into a <see cref="Theme"/>: every role name
/// must be one of <see cref="StyleRoles"/> and every style must pass Spectre's <c>Style.TryParse</c>;
/// each failure is a <c>file:line:col</c> error and the entry is skipped. The file's styles apply on
/// top of the roles its base theme sets; anything still unset derives (<see cref="StyleRoles.Parent"/>).
/// </summary>
public static class ThemeLoader
{
    public static (Theme Theme, ImmutableArray<ConfigError> Errors) Build(ThemeFile file, Theme? baseTheme)
    {
        var styles = new Dictionary<StyleRole, Style>(baseTheme?.Styles ?? new Dictionary<StyleRole, Style>());
        var setHere = new HashSet<StyleRole>();
        var errors = ImmutableArray.CreateBuilder<ConfigError>();
        foreach (var entry in file.Styles)
        {
            if (!StyleRoles.TryParse(entry.Role, out var role))
            {
                errors.Add(At(file, entry.RolePosition.Line, entry.RolePosition.Column,
                    $"unknown style role '{entry.Role}'{Suggestions.DidYouMean(entry.Role, StyleRoles.All.Select(StyleRoles.Name))}; docs/themes.md lists the roles"));
                continue;
            }
            if (!setHere.Add(role))
            {
                errors.Add(At(file, entry.RolePosition.Line, entry.RolePosition.Column, $"style role '{entry.Role}' is set twice"));
                continue;
            }
            if (!TryParseStyle(entry.Style.Value, out var style, out var reason))
            {
                errors.Add(At(file, entry.Style.Position.Line, entry.Style.Position.Column,
                    $"cannot use \"{entry.Style.Value}\" as the style of '{entry.Role}': {reason}; a style is attributes and colours, e.g. \"bold white on red3\""));
                continue;
            }
            styles[role] = style;
        }
        return (new Theme(file.Name, styles), errors.ToImmutable());
    }

    private static bool TryParseStyle(string text, out Style style, out string reason)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            (style, reason) = (Style.Plain, "it is empty (write \"default\" for the terminal's own colours)");
            return false;
        }
        if (Style.TryParse(text, out var parsed) && parsed is not null)
        {
            (style, reason) = (parsed, "");
            return true;
        }
        style = Style.Plain;
        try
        {
            // TryParse does not say why; Parse's exception names the word it did not understand.
            Style.Parse(text);
            reason = "Spectre cannot parse it";
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException)
        {
            reason = e.Message.TrimEnd('.');
        }
        return false;
    }

    private static ConfigError At(ThemeFile file, int line, int column, string message) => new(file.FileName, line, column, message);
}
