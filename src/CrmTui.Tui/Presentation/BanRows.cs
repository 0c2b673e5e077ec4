using CrmTui.Core.Model;
using CrmTui.Tui.Theming;
using CrmTui.Tui.Widgets;

namespace CrmTui.Tui.Presentation;

/// <summary>
/// crm_mon's "Negative Location Constraints" (<c>L</c>): <c>not-on-n1 prevents dummy from running on n1</c>.
/// Constraints named <c>cli-ban-…</c> or <c>cli-prefer-…</c> were left by <c>crm_resource --ban/--move</c>
/// and say so: they are the ones an operator forgets to clear.
/// </summary>
public static class BanRows
{
    public static IEnumerable<ViewEntry> For(ClusterSnapshot snapshot)
    {
        yield return OperationRows.Heading("bans", "Negative Location Constraints");
        if (snapshot.Bans.IsEmpty)
        {
            yield return OperationRows.Line("bans:none", 1, new TextSpan("none", StyleRole.Dim), null);
        }
        foreach (var ban in snapshot.Bans)
        {
            var promoted = ban.PromotedOnly || ban.MasterOnly == true ? "promoted " : "";
            var text = $"{ban.Id}  prevents {ban.Resource} from running {promoted}on {ban.Node}";
            var leftover = IsLeftover(ban);
            var row = new TableRow($"ban:{ban.Id}",
            [
                new TextSpan("  " + text),
                new TextSpan(leftover ? "  (left by crm_resource --ban/--move)" : "", StyleRole.Failure),
            ], FullWidth: true);
            yield return new ViewEntry(row, new SelectedItem(SelectedKind.Ban, ban.Resource, ban.Node));
        }
    }

    public static bool IsLeftover(Ban ban) =>
        ban.Id.StartsWith("cli-ban-", StringComparison.Ordinal) || ban.Id.StartsWith("cli-prefer-", StringComparison.Ordinal);
}
