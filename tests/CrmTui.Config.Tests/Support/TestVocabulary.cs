using System.Collections.Immutable;

namespace CrmTui.Config.Tests.Support;

/// <summary>A small stand-in for the dashboard's command table and themes, which Config cannot reference.</summary>
internal static class TestVocabulary
{
    public static ConfigVocabulary Create() => new(
        Commands: ["node.standby", "node.fence", "resource.cleanup", "filter", "help", "quit"],
        DefaultBindings: new Dictionary<string, string>
        {
            ["s"] = "node.standby",
            ["c"] = "resource.cleanup",
            ["/"] = "filter",
            ["ctrl+f"] = "filter",
            ["?"] = "help",
            ["q"] = "quit",
        }.ToImmutableDictionary(),
        Themes: ["default", "light", "high-contrast", "mono"]);

    public static ConfigLoadResult Load(string toml) => new ConfigLoader(Create()).Load(toml, "config.toml");

    /// <summary>The errors as the user sees them.</summary>
    public static IReadOnlyList<string> Errors(string toml) => [.. Load(toml).Errors.Select(e => e.ToString())];
}
