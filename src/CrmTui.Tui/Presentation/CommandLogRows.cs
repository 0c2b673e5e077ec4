using System.Collections.Immutable;
using System.Globalization;
using CrmTui.Commands.Execution;
using CrmTui.Tui.Theming;
using CrmTui.Tui.Widgets;

namespace CrmTui.Tui.Presentation;

/// <summary>
/// The command log view: every action with its exit code and exact command, newest first; Enter
/// shows one entry whole (the command, exit code, duration, and what it printed).
/// </summary>
public static class CommandLogRows
{
    // Enough of a command's output to see what went wrong; the audit log keeps the rest.
    private const int OutputLines = 12;

    public static ImmutableArray<TableColumn> Columns { get; } =
    [
        new("Result", MinWidth: 6, MaxWidth: 12),
        new("Action", MinWidth: 10, MaxWidth: 60),
        new("Command", MinWidth: 10),
    ];

    // Row ids count from the oldest entry, so a new action does not change the id of the row the
    // operator has selected (or is following).
    public static ImmutableArray<TableRow> For(IReadOnlyList<ActionOutcome> log) =>
        [.. log.Select((o, i) => new TableRow(
            Id(i),
            [
                new TextSpan(Result(o), Role(o)),
                // The action alone: the result has its own column, and Enter shows what it printed.
                new TextSpan(o.Action.Description),
                new TextSpan(o.FormattedCommand ?? "", StyleRole.Dim),
            ])).Reverse()];

    public static DetailModel? Detail(IReadOnlyList<ActionOutcome> log, string id)
    {
        var index = Enumerable.Range(0, log.Count).Where(i => Id(i) == id).Select(i => (int?)i).FirstOrDefault();
        if (index is not { } i)
        {
            return null;
        }
        var o = log[i];
        var lines = ImmutableArray.CreateBuilder<HeaderField>();
        lines.Add(new HeaderField("Action", o.Summary));
        lines.Add(new HeaderField("Result", new TextSpan(Result(o), Role(o))));
        if (o.Ran)
        {
            lines.Add(new HeaderField("Took", o.Duration < TimeSpan.FromSeconds(10)
                ? string.Create(CultureInfo.InvariantCulture, $"{o.Duration.TotalMilliseconds:0} ms")
                : Ages.Format(o.Duration)));
        }
        lines.Add(new HeaderField("Command", o.FormattedCommand ?? "(not built: refused before a command was made)"));
        Output(lines, "Output", o.Stdout);
        Output(lines, "Errors", o.Stderr);
        return new DetailModel(o.Action.Description, lines.ToImmutable());
    }

    private static void Output(ImmutableArray<HeaderField>.Builder lines, string label, string text)
    {
        if (text.Trim().Length == 0)
        {
            return;
        }
        var all = text.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        var shown = all.Take(OutputLines).ToList();
        if (all.Length > OutputLines)
        {
            shown.Add(string.Create(CultureInfo.InvariantCulture, $"({all.Length - OutputLines} more lines in the audit log)"));
        }
        lines.Add(new HeaderField(label, new TextSpan(string.Join("\n", shown), StyleRole.Dialog)));
    }

    private static string Id(int index) => "log:" + index.ToString(CultureInfo.InvariantCulture);

    private static StyleRole Role(ActionOutcome o) => o.Succeeded ? StyleRole.Success : o.Ran ? StyleRole.Failure : StyleRole.Dim;

    private static string Result(ActionOutcome o) => o.ExitCode is { } code
        ? $"exit {code.ToString(CultureInfo.InvariantCulture)}"
        : o.Kind.ToString().ToLowerInvariant();
}
