using System.Collections.Immutable;
using CrmTui.Config.Toml;

namespace CrmTui.Config.Loading;

/// <summary>Reads <c>[keys]</c>: <c>"key" = "command.name"</c> or <c>"none"</c>; bad key names, unknown commands and collisions are errors.</summary>
internal static class KeysReader
{
    public static ImmutableArray<KeyBindingOverride> Read(TomlTable table, ErrorSink errors, ConfigVocabulary vocabulary)
    {
        var overrides = new List<(KeyBindingOverride Binding, TomlKeyValue Entry)>();
        var byKey = new Dictionary<string, TomlKeyValue>(StringComparer.Ordinal);
        foreach (var entry in table.Entries)
        {
            if (entry.Value is not TomlString command)
            {
                errors.Add(entry.Value.Position,
                    $"key '{entry.Key}' in [keys] must name a command as a string (e.g. \"node.fence\"), found {TableReader.Article(entry.Value.TypeName)}");
                continue;
            }
            var keyOk = KeyNames.TryNormalize(entry.Key, out var key, out var keyError);
            if (!keyOk)
            {
                errors.Add(entry.KeyPosition, $"cannot read key '{entry.Key}' in [keys]: {keyError}");
            }
            var commandOk = command.Value == KeyBindingOverride.Unbind || vocabulary.Commands.Contains(command.Value);
            if (!commandOk)
            {
                errors.Add(command.Position,
                    $"unknown command '{command.Value}' in [keys]{Suggestions.DidYouMean(command.Value, vocabulary.Commands)}; docs/keys.md lists the commands, and \"none\" unbinds a key");
            }
            if (!keyOk || !commandOk)
            {
                continue;
            }
            if (byKey.TryGetValue(key, out var first))
            {
                errors.Add(entry.KeyPosition, $"'{entry.Key}' in [keys] is the same key as '{first.Key}' at {first.KeyPosition}");
                continue;
            }
            byKey.Add(key, entry);
            overrides.Add((new KeyBindingOverride(key, command.Value), entry));
        }

        var (_, collisions) = KeyMapResolver.Resolve(vocabulary.DefaultBindings, overrides.Select(o => o.Binding));
        foreach (var collision in collisions)
        {
            var entry = overrides.First(o => o.Binding == collision.Override).Entry;
            errors.Add(entry.KeyPosition,
                $"'{entry.Key}' in [keys] is already bound to '{collision.BoundTo}'; bind '{collision.BoundTo}' to another key here too, or choose a free key");
        }
        return [.. overrides.Select(o => o.Binding)];
    }
}
