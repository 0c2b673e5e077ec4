namespace CrmTui.Config;

/// <summary>An override that wants a key which <paramref name="BoundTo"/> still holds after the overrides apply.</summary>
public sealed record KeyCollision(KeyBindingOverride Override, string BoundTo);
