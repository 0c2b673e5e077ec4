using System.Collections.Immutable;
using CrmTui.Config;
using CrmTui.Tui.Input;

namespace CrmTui.Cli.Composition;

/// <summary>
/// What the configuration may name, taken from the dashboard's real key table: every command name,
/// the default key of each (dialog keys are a context of their own and left out), and the theme names.
/// </summary>
public static class CliVocabulary
{
    /// <summary>The themes crmtui ships in <c>themes/</c>.</summary>
    public static readonly ImmutableArray<string> ShippedThemes = ["default", "light", "high-contrast", "mono"];

    public static ConfigVocabulary Build(IEnumerable<string>? themes = null)
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
        return new ConfigVocabulary(
            commands,
            bindings.ToImmutable(),
            (themes ?? ShippedThemes).ToImmutableHashSet(StringComparer.Ordinal));
    }
}
