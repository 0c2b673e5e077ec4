using System.Collections.Immutable;
using CrmTui.Config;
using CrmTui.Config.Loading;
using CrmTui.Config.Themes;

namespace CrmTui.Tui.Theming;

/// <summary>
/// Builds catalog entries from read theme files, following <c>extends</c>. A user file overrides the
/// shipped theme of the same name; a user file that extends its own name extends the shipped one
/// (that is how you tweak <c>default</c>). Loops and unknown or broken base themes are errors at
/// the <c>extends</c> line.
/// </summary>
internal sealed class ThemeResolver(
    IReadOnlyDictionary<string, (ThemeSource Source, ThemeFileResult File)> shipped,
    IReadOnlyDictionary<string, (ThemeSource Source, ThemeFileResult File)> user)
{
    private readonly Dictionary<(string Name, bool Shipped), ThemeEntry> _done = [];
    private readonly List<(string Name, bool Shipped)> _visiting = [];

    public IEnumerable<string> EffectiveNames => user.Keys.Union(shipped.Keys);

    public ThemeEntry Resolve(string name, bool isShipped)
    {
        var key = (name, isShipped);
        if (_done.TryGetValue(key, out var done))
        {
            return done;
        }
        var (source, read) = isShipped ? shipped[name] : user[name];
        if (read.File is not { } file)
        {
            return _done[key] = new ThemeEntry(source, null, null, read.Errors);
        }

        _visiting.Add(key);
        var problems = new List<ConfigError>(read.Errors);
        var baseTheme = file.Extends is { } extends ? BaseTheme(file, extends, isShipped, problems) : null;
        _visiting.Remove(key);

        var (theme, errors) = ThemeLoader.Build(file, baseTheme);
        problems.AddRange(errors);
        return _done[key] = new ThemeEntry(source, file.Description, theme,
            [.. problems.OrderBy(p => p.Line).ThenBy(p => p.Column)]);
    }

    private Theme? BaseTheme(ThemeFile file, Config.Toml.TomlString extends, bool isShipped, List<ConfigError> problems)
    {
        var target = Target(extends.Value, file.Name, isShipped);
        if (target is not { } t)
        {
            problems.Add(new ConfigError(file.FileName, extends.Position.Line, extends.Position.Column,
                $"extends unknown theme '{extends.Value}'{Suggestions.DidYouMean(extends.Value, EffectiveNames)}; known themes: {string.Join(", ", EffectiveNames.Order(StringComparer.Ordinal))}"));
            return null;
        }
        if (_visiting.Contains(t))
        {
            var loop = _visiting.Skip(_visiting.IndexOf(t)).Select(v => v.Name).Append(t.Name);
            problems.Add(new ConfigError(file.FileName, extends.Position.Line, extends.Position.Column,
                $"'extends' makes a loop: {string.Join(" → ", loop)}"));
            return null;
        }
        var baseEntry = Resolve(t.Name, t.Shipped);
        if (!baseEntry.IsUsable)
        {
            problems.Add(new ConfigError(file.FileName, extends.Position.Line, extends.Position.Column,
                $"extends '{extends.Value}', which has problems of its own ({baseEntry.Source.Location})"));
        }
        return baseEntry.Theme;
    }

    private (string Name, bool Shipped)? Target(string name, string self, bool selfIsShipped)
    {
        if (name == self && !selfIsShipped && shipped.ContainsKey(name))
        {
            return (name, true);
        }
        if (user.ContainsKey(name))
        {
            return (name, false);
        }
        return shipped.ContainsKey(name) ? (name, true) : null;
    }
}
