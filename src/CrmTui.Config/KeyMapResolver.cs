using System.Collections.Immutable;

namespace CrmTui.Config;

/// <summary>
/// Applies <c>[keys]</c> overrides to the default key table. A command named in an override loses its default
/// keys; <see cref="KeyBindingOverride.Unbind"/> frees a key; an override whose key is still bound to another
/// command is a collision, never a silent replacement.
/// </summary>
public static class KeyMapResolver
{
    /// <summary>The effective table (normalized key → command) and the collisions that prevent it.</summary>
    public static (ImmutableDictionary<string, string> Bindings, ImmutableArray<KeyCollision> Collisions) Resolve(
        IReadOnlyDictionary<string, string> defaultBindings,
        IEnumerable<KeyBindingOverride> overrides)
    {
        var list = overrides.ToList();
        var rebound = list.Where(o => !o.IsUnbind).Select(o => o.Command).ToHashSet(StringComparer.Ordinal);
        var unbound = list.Where(o => o.IsUnbind).Select(o => o.Key).ToHashSet(StringComparer.Ordinal);
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, command) in defaultBindings)
        {
            var normalized = KeyNames.TryNormalize(key, out var n, out _) ? n : key;
            if (!rebound.Contains(command) && !unbound.Contains(normalized))
            {
                table[normalized] = command;
            }
        }
        var collisions = ImmutableArray.CreateBuilder<KeyCollision>();
        foreach (var item in list.Where(o => !o.IsUnbind))
        {
            if (table.TryGetValue(item.Key, out var holder) && holder != item.Command)
            {
                collisions.Add(new KeyCollision(item, holder));
                continue;
            }
            table[item.Key] = item.Command;
        }
        return (table.ToImmutableDictionary(StringComparer.Ordinal), collisions.ToImmutable());
    }
}
