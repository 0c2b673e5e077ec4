using System.Text.RegularExpressions;

namespace CrmTui.Cli.Tests.Status;

/// <summary>The facts a status text states, as comparable strings.</summary>
internal sealed partial class TextFacts
{
    public HashSet<string> Nodes { get; } = new(StringComparer.Ordinal);
    public HashSet<string> Resources { get; } = new(StringComparer.Ordinal);
    public List<string> Failures { get; } = [];

    /// <summary>
    /// A stopped instance is a fact without a node; an active one names where it runs. Stopped
    /// instances of clones and bundles state nothing comparable: crm_mon's <c>Stopped: [ … ]</c>
    /// lists the allowed nodes without an instance, the XML lists the spare instances
    /// (clone-max minus active), so those are left out on both sides.
    /// </summary>
    public void AddResource(string key, string role, string node, bool inCloneOrBundle)
    {
        if (role != "Stopped")
        {
            Resources.Add($"{key}|{role}|{node}");
        }
        else if (!inCloneOrBundle)
        {
            Resources.Add($"{key}|Stopped|");
        }
    }

    /// <summary>
    /// "Started node1 (UNCLEAN)", "FAILED Promoted node2", "FAILED (blocked) [ n1 n2 ]", "Stopped (disabled)":
    /// the role words and the node names, with bracketed flags dropped.
    /// </summary>
    public static (string Role, IReadOnlyList<string> Nodes) SplitRoleAndNodes(string text)
    {
        var rest = Flags().Replace(text, "");

        var words = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count == 0)
        {
            return ("", []);
        }

        if (words[0] == "ORPHANED" && words.Count > 1)
        {
            words.RemoveAt(0);
        }

        var role = words[0];
        words.RemoveAt(0);
        if (role == "FAILED" && words.Count > 0 && words[0] is "Promoted" or "Unpromoted" or "Started")
        {
            role += " " + words[0];
            words.RemoveAt(0);
        }

        var nodes = words.Where(w => w is not "[" and not "]").ToList();
        return (role, nodes);
    }

    [GeneratedRegex(@" ?\([^)]*\)")]
    private static partial Regex Flags();
}
