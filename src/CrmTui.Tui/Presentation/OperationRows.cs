using System.Globalization;
using CrmTui.Core.Describe;
using CrmTui.Core.Model;
using CrmTui.Tui.Theming;
using CrmTui.Tui.Widgets;

namespace CrmTui.Tui.Presentation;

/// <summary>
/// crm_mon's "Operations" section (<c>o</c>), per node and resource, in its words:
/// <c>ping: migration-threshold=1000000:</c>, then <c>(12) monitor: interval="10000ms"</c>;
/// with timings (<c>t</c>) also <c>last-rc-change="…" exec-time="2031ms" queue-time="0ms" rc=0 (ok)</c>.
/// </summary>
public static class OperationRows
{
    public static IEnumerable<ViewEntry> For(ClusterSnapshot snapshot, bool timings)
    {
        if (snapshot.NodeHistory.IsEmpty)
        {
            yield break;
        }
        yield return Heading("ops", "Operations");
        foreach (var node in snapshot.NodeHistory)
        {
            yield return Line($"ops:{node.Node}", 1, new TextSpan($"Node: {node.Node}", StyleRole.Header), new SelectedItem(SelectedKind.Node, Node: node.Node));
            foreach (var resource in node.Resources)
            {
                var target = new SelectedItem(SelectedKind.Operation, resource.Id, node.Node);
                yield return Line($"ops:{node.Node}:{resource.Id}", 2, new TextSpan(ResourceLine(resource), resource.FailCountValue > 0 ? StyleRole.Failure : StyleRole.Text), target);
                foreach (var op in resource.Operations)
                {
                    yield return Line($"ops:{node.Node}:{resource.Id}:{op.Call.ToString(CultureInfo.InvariantCulture)}", 3,
                        new TextSpan(OperationLine(op, timings), op.Rc == 0 || (op.Rc == 8 && op.RcText == "promoted") || (op.Rc == 7 && op.Task == "monitor" && IsProbe(op)) ? StyleRole.Text : StyleRole.Failure), target);
                }
            }
        }
    }

    public static string ResourceLine(ResourceHistory r)
    {
        var text = r.Id + ":";
        if (r.MigrationThreshold is { } threshold)
        {
            text += $" migration-threshold={threshold.ToString(CultureInfo.InvariantCulture)}";
        }
        if (r.FailCount is { } count && r.FailCountValue > 0)
        {
            text += $" fail-count={count}";
        }
        if (r.LastFailure is { } last)
        {
            text += $" last-failure='{last.Raw}'";
        }
        return text + (r.MigrationThreshold is null && r.FailCount is null ? "" : ":");
    }

    public static string OperationLine(OperationRecord op, bool timings)
    {
        var text = $"({op.Call.ToString(CultureInfo.InvariantCulture)}) {FailureText.TaskWord(op.Task, op.Interval?.Milliseconds ?? 0)}";
        var details = new List<string>();
        if (op.Interval is { Milliseconds: > 0 } interval)
        {
            details.Add($"interval=\"{interval.Raw}\"");
        }
        if (timings)
        {
            if (op.LastRcChange is { } change)
            {
                details.Add($"last-rc-change=\"{change.Raw}\"");
            }
            if (op.ExecTime is { } exec)
            {
                details.Add($"exec-time=\"{exec.Raw}\"");
            }
            if (op.QueueTime is { } queue)
            {
                details.Add($"queue-time=\"{queue.Raw}\"");
            }
            details.Add($"rc={op.Rc.ToString(CultureInfo.InvariantCulture)} ({op.RcText})");
        }
        return details.Count > 0 ? $"{text}: {string.Join(" ", details)}" : text;
    }

    private static bool IsProbe(OperationRecord op) => op.Interval is not { Milliseconds: > 0 };

    internal static ViewEntry Heading(string id, string text) =>
        new(new TableRow($"section:{id}", [new TextSpan(text, StyleRole.ColumnHeader)], FullWidth: true), null);

    internal static ViewEntry Line(string id, int depth, TextSpan text, SelectedItem? target) =>
        new(new TableRow(id, [text with { Text = new string(' ', depth * 2) + text.Text }], FullWidth: true), target);
}
