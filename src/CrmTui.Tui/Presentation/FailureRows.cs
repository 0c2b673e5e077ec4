using System.Collections.Immutable;
using System.Globalization;
using CrmTui.Core.Describe;
using CrmTui.Core.Model;
using CrmTui.Tui.Theming;
using CrmTui.Tui.Widgets;

namespace CrmTui.Tui.Presentation;

/// <summary>
/// Failed actions, newest first, each as crm_mon would say it ("web 10s-interval monitor on n2
/// returned 'not running' at … after 20ms"). Row id = operation key @ node, which is what a
/// cleanup needs to find the failure again.
/// </summary>
public static class FailureRows
{
    public static ImmutableArray<TableColumn> Columns { get; } =
    [
        new("Age", ColumnAlign.Right, MinWidth: 5, MaxWidth: 10),
        new("Failure", MinWidth: 20),
    ];

    public static string IdOf(FailedAction failure) => $"{failure.Key}@{failure.Node}";

    public static ImmutableArray<TableRow> For(ClusterSnapshot snapshot, DateTimeOffset now) =>
        [.. snapshot.Failures
            .OrderByDescending(f => f.LastRcChange?.Value ?? DateTimeOffset.MinValue)
            .ThenBy(IdOf, StringComparer.Ordinal)
            .Select(f => new TableRow(IdOf(f),
            [
                new TextSpan(f.LastRcChange?.Value is { } at ? Ages.Format(now - at) : "?", StyleRole.Dim),
                new TextSpan(FailureText.Sentence(f), StyleRole.Failure),
            ]))];

    public static FailedAction? Find(ClusterSnapshot snapshot, string id) =>
        snapshot.Failures.FirstOrDefault(f => IdOf(f) == id);

    public static DetailModel Detail(FailedAction f)
    {
        var c = CultureInfo.InvariantCulture;
        var lines = ImmutableArray.CreateBuilder<HeaderField>();
        lines.Add(new HeaderField("Resource", f.Resource));
        lines.Add(new HeaderField("Operation", f.Task ?? "?"));
        lines.Add(new HeaderField("Interval", f.Interval?.Raw ?? "0"));
        lines.Add(new HeaderField("Node", f.Node));
        lines.Add(new HeaderField("Result", new TextSpan($"{f.ExitStatus} (rc {f.ExitCode.ToString(c)})", StyleRole.Failure)));
        lines.Add(new HeaderField("Status", f.Status));
        if (f.ExitReason is { Length: > 0 } reason && reason != "none")
        {
            lines.Add(new HeaderField("Reason", reason));
        }
        if (f.LastRcChange is { } when)
        {
            lines.Add(new HeaderField("Last change", when.Raw));
        }
        if (f.Exec is { } exec)
        {
            lines.Add(new HeaderField("Exec time", exec.Raw));
        }
        if (f.Queued is { } queued)
        {
            lines.Add(new HeaderField("Queued", queued.Raw));
        }
        lines.Add(new HeaderField("Call", f.Call.ToString(c)));
        return new DetailModel($"Failure {f.Key} on {f.Node}", lines.ToImmutable());
    }
}
