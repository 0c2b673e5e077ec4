namespace CrmTui.Commands;

/// <summary>Disabled reasons shared by several actions, worded once.</summary>
public static class Reasons
{
    public const string ReadOnly = "read-only profile";

    public static string NoSuchNode(string node) => $"no node named {node}";

    public static string NoSuchResource(string resource) => $"no resource named {resource}";

    public static string NodeOffline(string node) => $"{node} is offline";
}
