namespace CrmTui.Tui.Input;

/// <summary>
/// Where a binding applies. A key bound in a view context wins over the same key in
/// <see cref="Global"/>; dialogs and prompts take all keys first (their own bindings only).
/// </summary>
public static class KeyContexts
{
    public const string Global = "global";
    public const string Nodes = "nodes";
    public const string Resources = "resources";
    public const string Failures = "failures";
    public const string Dialog = "dialog";
}
