using System.Text.RegularExpressions;

namespace CrmTui.Cli.Tests.Status;

/// <summary>
/// Facts read from crm_mon 2.1.5's own text output (<c>crm_mon -1 --include=all --inactive</c>):
/// nodes with their state, resource instances as (top-level clone/bundle or primitive, role,
/// node), failure sentences. Expands the collapsed forms: <c>Online: [ a b ]</c>,
/// clone lists <c>Started: [ a b ]</c>; a stopped instance's nodes are dropped (crm_mon lists
/// where a clone could run, the XML lists instances).
/// </summary>
internal static partial class CrmMonTextFacts
{
    public static TextFacts Extract(string text)
    {
        var facts = new TextFacts();
        var section = "";
        var containers = new List<(int Depth, string Kind, string Id)>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0)
            {
                continue;
            }

            if (!line.StartsWith(' '))
            {
                section = line;
                containers.Clear();
                continue;
            }

            var depth = (line.Length - line.TrimStart(' ').Length) / 2;
            var item = line.TrimStart(' ');
            if (!item.StartsWith("* ", StringComparison.Ordinal))
            {
                continue;
            }

            item = item[2..];
            switch (section)
            {
                case "Node List:":
                    Node(item, facts);
                    break;
                case "Full List of Resources:":
                    containers.RemoveAll(c => c.Depth >= depth);
                    Resource(item, depth, containers, facts);
                    break;
                case "Failed Resource Actions:":
                    facts.Failures.Add(item);
                    break;
            }
        }

        return facts;
    }

    private static void Node(string item, TextFacts facts)
    {
        if (NodeListLine().Match(item) is { Success: true } list)
        {
            var state = list.Groups[1].Value.EndsWith("OFFLINE", StringComparison.Ordinal) ? "OFFLINE" : "online";
            foreach (var name in list.Groups[2].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                facts.Nodes.Add($"{name}|{state}");
            }
        }
        else if (NodeLine().Match(item) is { Success: true } node)
        {
            facts.Nodes.Add($"{node.Groups[1].Value}|{node.Groups[2].Value}");
        }
    }

    private static void Resource(string item, int depth, List<(int Depth, string Kind, string Id)> containers, TextFacts facts)
    {
        if (ContainerLine().Match(item) is { Success: true } header)
        {
            var kind = header.Groups[1].Value.StartsWith("Container", StringComparison.Ordinal) ? "bundle"
                : header.Groups[1].Value == "Clone Set" ? "clone" : "group";
            containers.Add((depth, kind, header.Groups[2].Value));
            return;
        }

        var top = containers.FirstOrDefault(c => c.Kind is "clone" or "bundle");
        if (CollapsedLine().Match(item) is { Success: true } collapsed)
        {
            var role = collapsed.Groups[1].Value;
            foreach (var name in collapsed.Groups[2].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                facts.AddResource(top.Id ?? "?", role, name, inCloneOrBundle: true);
            }

            return;
        }

        if (PrimitiveLine().Match(item) is { Success: true } primitive)
        {
            var (role, nodes) = TextFacts.SplitRoleAndNodes(primitive.Groups[2].Value);
            var key = top.Id ?? primitive.Groups[1].Value;
            foreach (var node in nodes.DefaultIfEmpty(""))
            {
                facts.AddResource(key, role, node, top.Id is not null);
            }
        }
    }

    [GeneratedRegex(@"^(Online|OFFLINE|RemoteOnline|RemoteOFFLINE|GuestOnline|GuestOFFLINE): \[ (.*) \]$")]
    private static partial Regex NodeListLine();

    [GeneratedRegex(@"^(?:Node|RemoteNode|GuestNode) (\S+): (.+)$")]
    private static partial Regex NodeLine();

    [GeneratedRegex(@"^(Clone Set|Resource Group|Container bundle set|Container bundle): (\S+)")]
    private static partial Regex ContainerLine();

    [GeneratedRegex(@"^([A-Za-z]+)(?: \([^)]*\))?: \[ (.*) \]$")]
    private static partial Regex CollapsedLine();

    [GeneratedRegex("^(\\S+(?: \\([^)]*\\))?)\t\\([^\t]*\\):\t (.*)$")]
    private static partial Regex PrimitiveLine();
}
