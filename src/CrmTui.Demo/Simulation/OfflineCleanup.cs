using System.Xml.Linq;

namespace CrmTui.Demo.Simulation;

/// <summary>
/// What <c>crm_resource --cleanup</c> asks the controller to do, done on a CIB file: forget the
/// recorded failures of a resource (each <c>*_last_failure_0</c> history entry) and its
/// <c>fail-count-*</c> / <c>last-failure-*</c> node attributes, on one node or all. crm_resource
/// itself refuses to clean up under <c>CIB_file</c> ("Dry run: skipping clean-up"), because on a
/// live cluster the controller does it. A pure function of the CIB text, so it is unit-tested.
/// </summary>
public static class OfflineCleanup
{
    /// <param name="resource">A primitive, group, clone or bundle id; null for every resource.</param>
    /// <param name="node">A node name; null for every node.</param>
    /// <returns>The new CIB text and how many entries were removed.</returns>
    public static (string Cib, int Removed) Clear(string cib, string? resource, string? node)
    {
        var document = XDocument.Parse(cib, LoadOptions.PreserveWhitespace);
        var primitives = resource is null ? null : PrimitivesOf(document, resource);
        var doomed = new List<XElement>();
        foreach (var state in document.Descendants("node_state"))
        {
            if (node is not null && (string?)state.Attribute("uname") != node)
                continue;
            doomed.AddRange(state.Descendants("lrm_resource")
                .Where(r => Matches((string?)r.Attribute("id"), primitives))
                .SelectMany(r => r.Elements("lrm_rsc_op"))
                .Where(op => ((string?)op.Attribute("id"))?.Contains("_last_failure_", StringComparison.Ordinal) == true));
            doomed.AddRange(state.Descendants("transient_attributes").Descendants("nvpair")
                .Where(pair => IsFailureAttribute((string?)pair.Attribute("name"), primitives)));
        }
        foreach (var element in doomed)
            element.Remove();
        return (document.ToString(SaveOptions.DisableFormatting), doomed.Count);
    }

    /// <summary>The primitives configured under <paramref name="id"/> (itself when it is one);
    /// just the id when the configuration does not have it (an orphan's history).</summary>
    private static HashSet<string> PrimitivesOf(XDocument document, string id)
    {
        var configured = document.Descendants("resources").Descendants()
            .FirstOrDefault(e => (string?)e.Attribute("id") == id && e.Name.LocalName is "primitive" or "group" or "clone" or "master" or "bundle");
        if (configured is null)
            return [id];
        var set = configured.DescendantsAndSelf("primitive").Select(p => (string)p.Attribute("id")!).ToHashSet();
        set.Add(id);
        return set;
    }

    private static bool Matches(string? historyId, HashSet<string>? primitives)
    {
        if (historyId is null)
            return false;
        if (primitives is null)
            return true;
        // Unique clone instances keep their history under "db:0", "db:1".
        var colon = historyId.LastIndexOf(':');
        return primitives.Contains(historyId) || (colon > 0 && primitives.Contains(historyId[..colon]));
    }

    private static bool IsFailureAttribute(string? name, HashSet<string>? primitives)
    {
        if (name is null)
            return false;
        foreach (var prefix in new[] { "fail-count-", "last-failure-" })
        {
            if (!name.StartsWith(prefix, StringComparison.Ordinal))
                continue;
            if (primitives is null)
                return true;
            var rest = name[prefix.Length..];
            var hash = rest.IndexOf('#', StringComparison.Ordinal);
            return Matches(hash < 0 ? rest : rest[..hash], primitives);
        }
        return false;
    }
}
