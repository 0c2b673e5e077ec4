using System.Collections.Immutable;
using System.Globalization;
using CrmTui.Commands.Execution;
using CrmTui.Tui.Theming;
using CrmTui.Tui.Widgets;

namespace CrmTui.Tui.Presentation;

/// <summary>The command log view: every action with its exit code and exact command, newest first.</summary>
public static class CommandLogRows
{
    public static ImmutableArray<TableColumn> Columns { get; } =
    [
        new("Result", MinWidth: 6, MaxWidth: 12),
        new("Action", MinWidth: 10, MaxWidth: 60),
        new("Command", MinWidth: 10),
    ];

    public static ImmutableArray<TableRow> For(IEnumerable<ActionOutcome> log) =>
        [.. log.Reverse().Select((o, i) => new TableRow(
            $"{i}",
            [
                new TextSpan(Result(o), o.Succeeded ? StyleRole.Success : o.Ran ? StyleRole.Failure : StyleRole.Dim),
                new TextSpan(o.Summary),
                new TextSpan(o.FormattedCommand ?? "", StyleRole.Dim),
            ]))];

    private static string Result(ActionOutcome o) => o.ExitCode is { } code
        ? $"exit {code.ToString(CultureInfo.InvariantCulture)}"
        : o.Kind.ToString().ToLowerInvariant();
}
