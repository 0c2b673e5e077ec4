using System.Text.RegularExpressions;

namespace CrmTui.Cli.Tests.Status;

/// <summary>
/// Facts read from crmtui's own text view, written apart from <see cref="CrmMonTextFacts"/>: one
/// line per node (<c>Node X: state</c>), one line per resource instance, bundles by their
/// <c>Replica[n]:</c> summary lines, failures one sentence a line.
/// </summary>
internal static partial class CrmTuiTextFacts
{
    public static TextFacts Extract(string text)
    {
        var facts = new TextFacts();
        var section = "";
        var stack = new List<(int Depth, string Kind, string Id)>();
        foreach (var line in text.Split('\n'))
        {
            if (line.Length == 0)
            {
                continue;
            }

            if (line[0] != ' ')
            {
                section = line;
                stack.Clear();
                continue;
            }

            var body = line.TrimStart(' ');
            var depth = line.Length - body.Length;
            if (!body.StartsWith("* ", StringComparison.Ordinal))
            {
                continue;
            }

            body = body[2..];
            if (section == "Node List:" && NodeLine().Match(body) is { Success: true } node)
            {
                var state = node.Groups[2].Value;
                facts.Nodes.Add($"{node.Groups[1].Value}|{(state.EndsWith(" (DC)", StringComparison.Ordinal) ? state[..^5] : state)}");
            }
            else if (section == "Failed Resource Actions:")
            {
                facts.Failures.Add(body);
            }
            else if (section == "Full List of Resources:")
            {
                stack.RemoveAll(s => s.Depth >= depth);
                var outer = stack.FirstOrDefault(s => s.Kind is "Clone Set" or "Container bundle set");
                if (Header().Match(body) is { Success: true } header)
                {
                    stack.Add((depth, header.Groups[1].Value, header.Groups[2].Value));
                }
                else if (Replica().Match(body) is { Success: true } replica)
                {
                    Add(facts, outer.Id ?? "?", replica.Groups[1].Value, true);
                    stack.Add((depth, "Replica", ""));
                }
                else if (stack.Any(s => s.Kind == "Replica"))
                {
                    // The parts of a replica (ip, container, remote connection) are detail; the
                    // replica line above already stated the fact.
                }
                else if (Primitive().Match(body) is { Success: true } primitive)
                {
                    Add(facts, outer.Id ?? primitive.Groups[1].Value, primitive.Groups[2].Value, outer.Id is not null);
                }
            }
        }

        return facts;
    }

    private static void Add(TextFacts facts, string key, string roleAndNodes, bool inCloneOrBundle)
    {
        var (role, nodes) = TextFacts.SplitRoleAndNodes(roleAndNodes);
        foreach (var node in nodes.DefaultIfEmpty(""))
        {
            facts.AddResource(key, role, node, inCloneOrBundle);
        }
    }

    [GeneratedRegex(@"^(?:Node|RemoteNode|GuestNode) (\S+): (.+)$")]
    private static partial Regex NodeLine();

    [GeneratedRegex(@"^(Clone Set|Resource Group|Container bundle set): (\S+)")]
    private static partial Regex Header();

    [GeneratedRegex("^Replica\\[[^\\]]*\\]: [^\t]*\t\\([^\t]*\\):\t (.*)$")]
    private static partial Regex Replica();

    [GeneratedRegex("^(\\S+)\t\\([^\t]*\\):\t (.*)$")]
    private static partial Regex Primitive();
}
