using System.Collections.Immutable;
using CrmTui.Config;
using CrmTui.Tui.Input;
using CrmTui.Tui.Theming;

namespace CrmTui.Cli.Composition;

/// <summary>
/// What the configuration may name, taken from the dashboard's real key table: every command name,
/// the default key of each (dialog keys are a context of their own and left out), and the theme
/// names of the real <see cref="ThemeCatalog"/> (shipped plus the user's own).
/// </summary>
public static class CliVocabulary
{
    public static ConfigVocabulary Build(ThemeCatalog themes) => Build(themes.Names);

    public static ConfigVocabulary Build(IEnumerable<string> themes)
    {
        var commands = UiCommands.All.Select(UiCommands.Name).ToImmutableHashSet(StringComparer.Ordinal);
        var bindings = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var binding in KeyMap.Default.Bindings.Where(b => b.Context != KeyContexts.Dialog))
        {
            foreach (var key in binding.Keys)
            {
                bindings[key.ToString()] = UiCommands.Name(binding.Command);
            }
        }
        return new ConfigVocabulary(commands, bindings.ToImmutable(), themes.ToImmutableHashSet(StringComparer.Ordinal));
    }
}
