using System.Collections.Immutable;
using CrmTui.Config;
using CrmTui.Tui.Input;
using CrmTui.Tui.Theming;

namespace CrmTui.Cli.Composition;

/// <summary>
/// The configuration as the screens read it (the dashboard, the fleet view, replay): the file,
/// or the built-in settings when the default file is absent (a missing <c>--config</c> file is an
/// error), and the key table with its <c>[keys]</c> overrides. Problems are printed as
/// <c>file:line:col: message</c>; null means "stop, the configuration is not usable".
/// </summary>
public static class ConfiguredSettings
{
    public static async Task<Settings?> LoadAsync(string? configOption, Func<string, string?> env, ThemeCatalog themes, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(env);
        ArgumentNullException.ThrowIfNull(error);
        var configPath = ConfigLocation.Resolve(configOption, env("XDG_CONFIG_HOME"), env("HOME"));
        if (configPath is null || (configOption is null && !File.Exists(configPath)))
            return Settings.BuiltIn;
        var loaded = new ConfigLoader(CliVocabulary.Build(themes)).LoadFile(configPath);
        if (loaded.IsValid)
            return loaded.Settings!;
        foreach (var configError in loaded.Errors)
            await error.WriteLineAsync(configError.ToString()).ConfigureAwait(false);
        var count = loaded.Errors.Length == 1 ? "1 problem" : $"{loaded.Errors.Length} problems";
        await error.WriteLineAsync($"crmtui: the configuration has {count}; 'crmtui config check' lists them again").ConfigureAwait(false);
        return null;
    }

    /// <summary>The default key table with the file's <c>[keys]</c> applied; null (after printing why) when they collide.</summary>
    public static async Task<KeyMap?> KeysAsync(Settings settings, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(error);
        var keys = KeyMap.Default.WithOverrides(settings.Keys.ToImmutableDictionary(k => k.Key, k => k.Command, StringComparer.Ordinal));
        if (keys.IsValid)
            return keys.KeyMap;
        // The loader already reports collisions with their position; this is the screens' own check.
        foreach (var message in keys.Errors)
            await error.WriteLineAsync($"{settings.SourcePath}:1:1: [keys]: {message}").ConfigureAwait(false);
        return null;
    }
}
