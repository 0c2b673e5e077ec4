namespace CrmTui.Core.Constraints;

/// <summary>
/// A simple <c>rsc_location</c> from the CIB's constraints section: <paramref name="Resource"/> on
/// <paramref name="Node"/> with <paramref name="Score"/> as written (<c>INFINITY</c>, <c>-INFINITY</c>,
/// a number). Rule-based constraints (no <c>node</c> attribute) are not listed.
/// </summary>
public sealed record LocationConstraint(string Id, string Resource, string Node, string Score, string? Role)
{
    /// <summary>Left by <c>crm_resource --move</c> (or <c>--ban</c>): cleared with <c>crm_resource --clear</c>.</summary>
    public bool IsCliPrefer => Id.StartsWith("cli-prefer-", StringComparison.Ordinal);

    public bool IsCliBan => Id.StartsWith("cli-ban-", StringComparison.Ordinal);
}
