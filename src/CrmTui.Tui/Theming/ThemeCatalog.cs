using System.Collections.Frozen;
using System.Collections.Immutable;
using CrmTui.Config;
using CrmTui.Config.Loading;
using CrmTui.Config.Themes;

namespace CrmTui.Tui.Theming;

/// <summary>
/// Every theme crmtui can use: the shipped ones (embedded from <c>themes/</c>) and the user's
/// <c>*.toml</c> files in <see cref="UserDirectory"/>, which add themes or replace shipped ones of
/// the same name. All files are read and checked when the catalog is made, so <c>crmtui themes</c>
/// can list every problem; <see cref="Load(string)"/> gives a theme or the reasons there is none.
/// </summary>
public sealed class ThemeCatalog
{
    private readonly FrozenDictionary<string, ThemeEntry> _byName;

    private ThemeCatalog(ImmutableArray<ThemeEntry> themes, ImmutableArray<ThemeEntry> overridden, string? userDirectory, ImmutableArray<ConfigError> directoryProblems)
    {
        Themes = themes;
        Overridden = overridden;
        UserDirectory = userDirectory;
        DirectoryProblems = directoryProblems;
        _byName = themes.ToFrozenDictionary(t => t.Name, StringComparer.Ordinal);
    }

    /// <summary>Only the shipped themes.</summary>
    public static ThemeCatalog Shipped { get; } = Create(null);

    /// <summary>Usable themes, by name (a user file replaces the shipped theme of its name).</summary>
    public ImmutableArray<ThemeEntry> Themes { get; }

    /// <summary>Shipped themes hidden by a user file of the same name.</summary>
    public ImmutableArray<ThemeEntry> Overridden { get; }

    /// <summary>Where user themes are looked for; null when neither XDG_CONFIG_HOME nor HOME is set.</summary>
    public string? UserDirectory { get; }

    /// <summary>Problems with the user directory itself (exists but cannot be listed).</summary>
    public ImmutableArray<ConfigError> DirectoryProblems { get; }

    public IEnumerable<string> Names => Themes.Select(t => t.Name);

    /// <summary>True when some theme file or the user directory has a problem.</summary>
    public bool HasProblems => !DirectoryProblems.IsEmpty || Themes.Concat(Overridden).Any(t => !t.Problems.IsEmpty);

    /// <summary>The shipped themes plus those in <paramref name="userDirectory"/> (absent or null: none).</summary>
    public static ThemeCatalog Create(string? userDirectory)
    {
        var shipped = ShippedThemeFiles.All.ToDictionary(
            f => f.Source.Name,
            f => (f.Source, ThemeFileReader.Read(f.Bytes, f.Source.Location, f.Source.Name)),
            StringComparer.Ordinal);
        var (user, directoryProblems) = ReadUserDirectory(userDirectory);
        var resolver = new ThemeResolver(shipped, user);

        var themes = resolver.EffectiveNames
            .Order(StringComparer.Ordinal)
            .Select(name => resolver.Resolve(name, isShipped: !user.ContainsKey(name)))
            .ToImmutableArray();
        var overridden = shipped.Keys.Where(user.ContainsKey)
            .Order(StringComparer.Ordinal)
            .Select(name => resolver.Resolve(name, isShipped: true))
            .ToImmutableArray();
        return new ThemeCatalog(themes, overridden, userDirectory, directoryProblems);
    }

    /// <summary>The catalog for this environment: user themes from <c>$XDG_CONFIG_HOME/crmtui/themes</c>
    /// or <c>~/.config/crmtui/themes</c>.</summary>
    public static ThemeCatalog FromEnvironment(Func<string, string?> getEnvironmentVariable) =>
        Create(ThemeDirectory.Resolve(getEnvironmentVariable("XDG_CONFIG_HOME"), getEnvironmentVariable("HOME")));

    public ThemeEntry? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>The theme called <paramref name="name"/>, or why it cannot be used.</summary>
    public ThemeLoadResult Load(string name) => Load(new ThemeChoice(name, ThemeChoiceReason.Configuration), $"'{name}'");

    /// <summary>The chosen theme, or why it cannot be used; messages say where the name came from.</summary>
    public ThemeLoadResult Load(ThemeChoice choice) => Load(choice, choice.ToString());

    /// <summary>
    /// The dashboard's theme: <see cref="ThemeChoice.Choose"/> (<c>--theme</c>, <c>NO_COLOR</c>,
    /// configuration, <c>default</c>), then <see cref="Load(ThemeChoice)"/>.
    /// </summary>
    public ThemeLoadResult Resolve(string? commandLine, string? configured, Func<string, string?> getEnvironmentVariable) =>
        Load(ThemeChoice.Choose(commandLine, configured, getEnvironmentVariable));

    private ThemeLoadResult Load(ThemeChoice choice, string described)
    {
        if (Find(choice.Name) is not { } entry)
        {
            var where = UserDirectory is null ? "" : $" (your own go in {UserDirectory})";
            return ThemeLoadResult.Failed([
                $"unknown theme {described}{Suggestions.DidYouMean(choice.Name, Names)}; known themes: {string.Join(", ", Names)}{where}",
            ]);
        }
        if (!entry.IsUsable)
        {
            return ThemeLoadResult.Failed([
                $"theme {described} cannot be used until its file is fixed ({entry.Source.Location}):",
                .. entry.Problems.Select(p => p.ToString()),
            ]);
        }
        return ThemeLoadResult.Ok(entry.Theme!);
    }

    private static (Dictionary<string, (ThemeSource, ThemeFileResult)> Files, ImmutableArray<ConfigError> Problems) ReadUserDirectory(string? directory)
    {
        var files = new Dictionary<string, (ThemeSource, ThemeFileResult)>(StringComparer.Ordinal);
        if (directory is null || !Directory.Exists(directory))
        {
            return (files, []);
        }
        string[] paths;
        try
        {
            paths = Directory.GetFiles(directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (files, [new ConfigError(directory, 1, 1, $"cannot list the theme directory: {e.Message}")]);
        }
        foreach (var path in paths.Where(p => p.EndsWith(".toml", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(path);
            if (name.Length > 0)
            {
                files[name] = (new ThemeSource(name, path, IsShipped: false), ThemeFileReader.ReadFile(path));
            }
        }
        return (files, []);
    }
}
