using System.Collections.Immutable;
using CrmTui.Tui.App;

namespace CrmTui.Tui.Fleet;

/// <summary>
/// The fleet's own <c>:</c> commands: <c>:cluster NAME</c> (any unique prefix of the name, any
/// case) opens that cluster's dashboard, <c>:fleet</c> goes back to the overview, <c>:problems</c>
/// puts the cursor on the problems list, <c>:q</c>/<c>:quit</c> quits. Inside a cluster's
/// dashboard, <c>:cluster</c> and <c>:fleet</c> work too and every other command is the
/// dashboard's. Tab completes command words and, after <c>:cluster </c>, cluster names.
/// </summary>
public static class FleetCommands
{
    private static readonly ImmutableArray<string> s_overview = ["cluster", "fleet", "problems", "quit", "q"];
    private static readonly ImmutableArray<string> s_drilled = ["cluster", "fleet"];

    /// <summary>Whether the fleet, not the drilled-in dashboard, runs <paramref name="text"/>.</summary>
    public static bool IsFleetCommand(string text) => Word(text) is "cluster" or "fleet";

    /// <summary>The cluster <paramref name="prefix"/> names: exact (any case) first, else the one it starts.</summary>
    public static (string? Name, string? Error) FindCluster(FleetState state, string prefix)
    {
        var names = state.Members.Select(m => m.Name).ToList();
        if (prefix.Length == 0)
        {
            return (null, $"which cluster? :cluster NAME ({string.Join(", ", names)})");
        }
        if (names.FirstOrDefault(n => string.Equals(n, prefix, StringComparison.OrdinalIgnoreCase)) is { } exact)
        {
            return (exact, null);
        }
        var matches = names.Where(n => n.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)).ToList();
        return matches.Count switch
        {
            1 => (matches[0], null),
            0 => (null, $"no cluster named {prefix} (there are {string.Join(", ", names)})"),
            _ => (null, $"ambiguous cluster {prefix} ({string.Join(", ", matches)})"),
        };
    }

    /// <summary>Tab: completes to the one match, or to the longest common prefix and lists the matches.</summary>
    public static (string Text, string? Choices) Complete(FleetState state, string text, bool drilledIn)
    {
        // Only leading blanks go: "cluster " (with its space) asks for the names.
        var trimmed = text.TrimStart();
        var space = trimmed.IndexOf(' ', StringComparison.Ordinal);
        if (space > 0 && "cluster".StartsWith(trimmed[..space], StringComparison.OrdinalIgnoreCase))
        {
            var partial = trimmed[(space + 1)..].Trim();
            var names = state.Members.Select(m => m.Name).Where(n => n.StartsWith(partial, StringComparison.OrdinalIgnoreCase)).ToList();
            return Completed(names, partial, text, "no cluster starts with " + partial, n => "cluster " + n, n => "cluster " + n, n => n);
        }
        trimmed = trimmed.TrimEnd();
        ImmutableArray<string> words = drilledIn ? [.. s_drilled, .. CommandMode.Names] : s_overview;
        var candidates = words.Where(w => w.StartsWith(trimmed, StringComparison.OrdinalIgnoreCase)).Distinct().ToList();
        return Completed(candidates, trimmed, text, "no command starts with " + trimmed, w => w == "cluster" ? "cluster " : w, w => w, w => ":" + w);
    }

    private static (string, string?) Completed(List<string> candidates, string typed, string original, string none,
        Func<string, string> single, Func<string, string> prefix, Func<string, string> show)
    {
        if (candidates.Count == 0)
        {
            return (original, none);
        }
        if (candidates.Count == 1)
        {
            return (single(candidates[0]), null);
        }
        var common = candidates[0];
        foreach (var c in candidates)
        {
            var n = 0;
            while (n < common.Length && n < c.Length && char.ToLowerInvariant(common[n]) == char.ToLowerInvariant(c[n]))
            {
                n++;
            }
            common = common[..n];
        }
        return (common.Length > typed.Length ? prefix(common) : original, string.Join(" ", candidates.Select(show)));
    }

    /// <summary>The first word, lower case, as typed (so <c>Cluster web</c> is <c>cluster</c>).</summary>
    public static string Word(string text)
    {
        var trimmed = text.Trim();
        var space = trimmed.IndexOf(' ', StringComparison.Ordinal);
        return (space < 0 ? trimmed : trimmed[..space]).ToLowerInvariant();
    }

    /// <summary>Everything after the first word.</summary>
    public static string Argument(string text)
    {
        var trimmed = text.Trim();
        var space = trimmed.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? "" : trimmed[(space + 1)..].Trim();
    }

    /// <summary>The overview's command word <paramref name="word"/> stands for (any unique prefix), or null.</summary>
    public static string? OverviewCommand(string word)
    {
        if (s_overview.Contains(word))
        {
            return word;
        }
        var matches = s_overview.Where(w => w.StartsWith(word, StringComparison.Ordinal)).ToList();
        return matches.Count == 1 ? matches[0] : null;
    }
}
