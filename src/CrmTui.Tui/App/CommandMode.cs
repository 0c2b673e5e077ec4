using CrmTui.Tui.Input;
using CrmTui.Tui.Theming;
using CrmTui.Tui.Widgets;

namespace CrmTui.Tui.App;

/// <summary>
/// The <c>:</c> command line, k9s-style: <c>:nodes</c>, <c>:resources</c> (<c>:rsc</c>),
/// <c>:failures</c>, <c>:events</c>, <c>:log</c>, <c>:help</c>, <c>:q</c>/<c>:quit</c>; any unique
/// prefix works. Anything else is reported in the status line.
/// </summary>
public static class CommandMode
{
    private static readonly (string Name, UiCommand Command)[] _commands =
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
    ];

    public static UpdateResult Run(UiState state, string text, UiContext context)
    {
        if (text.Length == 0)
        {
            return state;
        }
        var exact = _commands.Where(c => c.Name == text).ToList();
        var matches = exact.Count > 0 ? exact : _commands.Where(c => c.Name.StartsWith(text, StringComparison.OrdinalIgnoreCase)).ToList();
        if (matches.Select(m => m.Command).Distinct().Count() == 1)
        {
            return KeyHandling.Command(state, matches[0].Command, context);
        }
        var known = string.Join(", ", _commands.Select(c => ":" + c.Name));
        return state with { Status = new TextSpan($"unknown command :{text} (try {known})", StyleRole.Error) };
    }
}
