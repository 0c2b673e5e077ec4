using System.Collections.Immutable;
using CrmTui.Tui.Terminal;

namespace CrmTui.Tui.Input;

/// <summary>
/// The key table: which key runs which <see cref="UiCommand"/> in which context. Immutable; user
/// overrides produce a new map. Help, the status-line hints and docs/keys.md are generated from it.
/// </summary>
public sealed class KeyMap
{
    private readonly ImmutableDictionary<(Key, string), Binding> _byKey;

    public KeyMap(ImmutableArray<Binding> bindings)
    {
        Bindings = bindings;
        var byKey = ImmutableDictionary.CreateBuilder<(Key, string), Binding>();
        foreach (var binding in bindings)
        {
            foreach (var key in binding.Keys)
            {
                byKey[(key, binding.Context)] = binding;
            }
        }
        _byKey = byKey.ToImmutable();
    }

    public static KeyMap Default { get; } = new(DefaultBindings.Create());

    public ImmutableArray<Binding> Bindings { get; }

    /// <summary>
    /// The command for a key: a binding in <paramref name="context"/> first, then a global one.
    /// The dialog context is exclusive: global keys do not reach through a dialog.
    /// </summary>
    public UiCommand? Resolve(Key key, string context = KeyContexts.Global)
    {
        if (_byKey.TryGetValue((key, context), out var binding))
        {
            return binding.Command;
        }
        if (context != KeyContexts.Dialog && _byKey.TryGetValue((key, KeyContexts.Global), out binding))
        {
            return binding.Command;
        }
        return null;
    }

    public Binding? BindingFor(UiCommand command) => Bindings.FirstOrDefault(b => b.Command == command);

    /// <summary>The keys of a command as shown to the user ("j/down"), or "" when unbound.</summary>
    public string KeysFor(UiCommand command) =>
        BindingFor(command) is { } b ? string.Join("/", b.Keys.Select(k => k.ToString())) : "";

    /// <summary>
    /// Applies the config's <c>[keys]</c> table: key name → command name (or <c>"none"</c> to unbind
    /// a key). A command named there loses its default keys and gets exactly the keys the user gave.
    /// A key that would then run two commands in one context is an error, never a silent override;
    /// on any error the result still holds this map unchanged.
    /// </summary>
    public KeyMapResult WithOverrides(IReadOnlyDictionary<string, string> userKeys)
    {
        var errors = ImmutableArray.CreateBuilder<string>();
        var rebound = new Dictionary<UiCommand, List<Key>>();
        var unbound = new HashSet<Key>();
        foreach (var (keyName, commandName) in userKeys.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!KeyNames.TryParse(keyName, out var key, out var keyError))
            {
                errors.Add(keyError);
                continue;
            }
            if (commandName == "none")
            {
                unbound.Add(key);
                continue;
            }
            if (!UiCommands.TryParse(commandName, out var command))
            {
                errors.Add($"'{keyName}': unknown command '{commandName}' (see docs/keys.md for the names)");
                continue;
            }
            if (!rebound.TryGetValue(command, out var keys))
            {
                rebound[command] = keys = [];
            }
            keys.Add(key);
        }

        var result = Bindings
            .Select(b => rebound.TryGetValue(b.Command, out var keys)
                ? b with { Keys = [.. keys] }
                : b with { Keys = [.. b.Keys.Where(k => !unbound.Contains(k))] })
            .ToImmutableArray();
        errors.AddRange(Collisions(result));
        return errors.Count == 0
            ? new KeyMapResult(new KeyMap(result), [])
            : new KeyMapResult(this, errors.ToImmutable());
    }

    /// <summary>Keys bound twice in one context, or in a view context and globally to different commands.</summary>
    public static IEnumerable<string> Collisions(ImmutableArray<Binding> bindings)
    {
        var seen = new Dictionary<(Key, string), Binding>();
        foreach (var binding in bindings)
        {
            foreach (var key in binding.Keys)
            {
                if (seen.TryGetValue((key, binding.Context), out var other) && other.Command != binding.Command)
                {
                    yield return $"key '{key}' is bound to both {UiCommands.Name(other.Command)} and {UiCommands.Name(binding.Command)}";
                }
                seen[(key, binding.Context)] = binding;
            }
        }
    }
}
