namespace CrmTui.Config;

/// <summary>
/// One line of <c>[keys]</c>: <paramref name="Key"/> in the normalized form of <see cref="KeyNames"/>
/// (e.g. <c>ctrl+f</c>) runs <paramref name="Command"/> (e.g. <c>node.fence</c>). A command named here
/// loses its default keys. The command <see cref="Unbind"/> (<c>"none"</c>) removes the key's default binding.
/// </summary>
public sealed record KeyBindingOverride(string Key, string Command)
{
    public const string Unbind = "none";

    public bool IsUnbind => Command == Unbind;
}
