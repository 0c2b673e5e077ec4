using System.Collections.Immutable;
using CrmTui.Tui.Input;
using CrmTui.Tui.Theming;
using CrmTui.Tui.Widgets;

namespace CrmTui.Tui.App;

/// <summary>
/// The <c>:</c> command line, k9s-style: views (<c>:nodes</c>, <c>:resources</c>/<c>:rsc</c>,
/// <c>:failures</c>, <c>:events</c>, <c>:log</c>), <c>:help</c>, <c>:q</c>/<c>:quit</c>, every
/// display toggle by its name (<c>:tickets</c>, <c>:fail_counts</c>, <c>:inactive</c> …),
/// <c>:fencing</c>, <c>:pause</c>, <c>:follow</c>, <c>:redraw</c>. Any unique prefix works, and
/// so does a command's full config name (<c>:toggle.bans</c>). Tab completes. A command runs
/// exactly as its key would, so actions named here meet the same gates.
/// </summary>
public static class CommandMode
{
    private static readonly ImmutableArray<(string Name, UiCommand Command)> _commands =
    [
        ("nodes", UiCommand.ViewNodes),
        ("resources", UiCommand.ViewResources),
        ("rsc", UiCommand.ViewResources),
        ("failures", UiCommand.ViewFailures),
        ("events", UiCommand.ViewEvents),
        ("log", UiCommand.ViewCommandLog),
        ("help", UiCommand.Help),
        ("quit", UiCommand.Quit),
        ("q", UiCommand.Quit),
        .. UiCommands.All.Where(UiCommands.IsToggle).Select(c => (UiCommands.Name(c)["toggle.".Length..], c)),
        ("fencing", UiCommand.FenceHistoryLevel),
        ("pause", UiCommand.Pause),
        ("follow", UiCommand.Follow),
        ("redraw", UiCommand.Redraw),
    ];

    /// <summary>The short names, for completion and the "try" list.</summary>
    public static ImmutableArray<string> Names { get; } = [.. _commands.Select(c => c.Name)];

    public static UpdateResult Run(UiState state, string text, UiContext context)
    {
        if (text.Length == 0)
        {
            return state;
        }
        if (Find(text) is { } command)
        {
            return KeyHandling.Command(state, command, context);
        }
        var candidates = Candidates(text);
        var message = candidates.Length > 1
            ? $"ambiguous :{text} ({string.Join(", ", candidates.Select(c => ":" + c))})"
            : $"unknown command :{text} (try {string.Join(", ", Names.Take(9).Select(n => ":" + n))}, tab completes)";
        return state with { Status = new TextSpan(message, StyleRole.Error) };
    }

    /// <summary>Tab: completes to the one match, or to the longest common prefix and lists the matches.</summary>
    public static (string Text, string? Choices) Complete(string text)
    {
        var candidates = Candidates(text.Trim());
        if (candidates.IsEmpty)
        {
            return (text, "no command starts with " + text.Trim());
        }
        if (candidates.Length == 1)
        {
            return (candidates[0], null);
        }
        var common = candidates[0];
        foreach (var c in candidates)
        {
            var n = 0;
            while (n < common.Length && n < c.Length && common[n] == c[n])
            {
                n++;
            }
            common = common[..n];
        }
        return (common.Length > text.Trim().Length ? common : text, string.Join(" ", candidates.Select(c => ":" + c)));
    }

    private static UiCommand? Find(string text)
    {
        var exact = _commands.Where(c => c.Name == text).Select(c => c.Command).ToList();
        if (exact.Count > 0)
        {
            return exact[0];
        }
        if (UiCommands.TryParse(text, out var named) && named is not (UiCommand.Confirm or UiCommand.Cancel or UiCommand.CommandMode))
        {
            return named;
        }
        var matches = _commands.Where(c => c.Name.StartsWith(text, StringComparison.OrdinalIgnoreCase)).Select(c => c.Command).Distinct().ToList();
        return matches.Count == 1 ? matches[0] : null;
    }

    private static ImmutableArray<string> Candidates(string text) =>
        [.. _commands.Where(c => c.Name.StartsWith(text, StringComparison.OrdinalIgnoreCase))
            .GroupBy(c => c.Command).Select(g => g.First().Name)];
}
