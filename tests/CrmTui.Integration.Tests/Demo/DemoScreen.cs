namespace CrmTui.Integration.Tests.Demo;

/// <summary>Reads rows of the dashboard's Nodes and Resources views off a captured screen.</summary>
public static class DemoScreen
{
    /// <summary>The words of the first row whose first word is <paramref name="name"/>; null when none.</summary>
    public static string[]? Row(string screen, string name) =>
        screen.Split('\n')
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .FirstOrDefault(words => words.Length > 0 && words[0] == name);

    /// <summary>The node a primitive's row in the Resources view names ("web-server  Started  node2  ocf:…").</summary>
    public static string? NodeOf(string screen, string resource) =>
        Row(screen, resource) is [_, "Started", var node, ..] ? node : null;

    /// <summary>True when the Nodes view shows <paramref name="node"/> in standby running nothing.</summary>
    public static bool IsStandbyAndEmpty(string screen, string node) =>
        Row(screen, node) is { } words && words.Contains("standby") && Array.IndexOf(words, "member") is var at && at > 0
        && at + 1 < words.Length && words[at + 1] == "0";
}
