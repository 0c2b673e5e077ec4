namespace CrmTui.Commands.Actions.Resources;

/// <summary>Availability checks most resource actions share.</summary>
internal static class ResourceChecks
{
    /// <summary>"no resource named X" / "no node named Y", or null when both exist.</summary>
    public static string? Missing(SnapshotFacts facts, string resource, string? node = null)
    {
        if (facts.FirstResource(resource) is null)
            return Reasons.NoSuchResource(resource);
        if (node is not null && facts.Node(node) is null)
            return Reasons.NoSuchNode(node);
        return null;
    }

    /// <summary>Name checks for a resource and an optional node and lifetime.</summary>
    public static string? Invalid(string resource, string? node = null, string? lifetime = null) =>
        Names.Problem("resource", resource)
        ?? (node is null ? null : Names.Problem("node", node))
        ?? (lifetime is null ? null : IsoDuration.Problem(lifetime));
}
