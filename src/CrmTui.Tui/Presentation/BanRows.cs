using CrmTui.Core.Constraints;
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
    public static IEnumerable<ViewEntry> For(ClusterSnapshot snapshot) => For(snapshot, [], null);

    /// <summary>The bans, then the leftover <c>cli-prefer-…</c> constraints of <c>crm_resource --move</c>
    /// found in <paramref name="constraints"/> (crm_mon's XML has no positive scores).</summary>
    public static IEnumerable<ViewEntry> For(ClusterSnapshot snapshot, IReadOnlyList<LocationConstraint> constraints, string? constraintsError)
    {
        ArgumentNullException.ThrowIfNull(constraints);
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
        foreach (var entry in Preferences(snapshot, constraints, constraintsError))
        {
            yield return entry;
        }
    }

    private static IEnumerable<ViewEntry> Preferences(ClusterSnapshot snapshot, IReadOnlyList<LocationConstraint> constraints, string? error)
    {
        var banIds = snapshot.Bans.Select(b => b.Id).ToHashSet(StringComparer.Ordinal);
        var moves = constraints.Where(c => c.IsCliPrefer && !banIds.Contains(c.Id)).ToList();
        if (moves.Count == 0 && error is null)
        {
            yield break;
        }
        yield return OperationRows.Heading("prefers", "Leftover Move Constraints");
        if (error is not null)
        {
            yield return OperationRows.Line("prefers:error", 1, new TextSpan($"constraints not read: {error}", StyleRole.Error), null);
        }
        foreach (var move in moves)
        {
            var role = move.Role is { Length: > 0 } r && r != "Started" ? $"{r} " : "";
            var row = new TableRow($"prefer:{move.Id}",
            [
                new TextSpan($"  {move.Id}  prefers {move.Resource} {role}on {move.Node} ({move.Score})"),
                new TextSpan("  (left by crm_resource --move; u clears it)", StyleRole.Failure),
            ], FullWidth: true);
            yield return new ViewEntry(row, new SelectedItem(SelectedKind.Ban, move.Resource, move.Node));
        }
    }

    public static bool IsLeftover(Ban ban) =>
        ban.Id.StartsWith("cli-ban-", StringComparison.Ordinal) || ban.Id.StartsWith("cli-prefer-", StringComparison.Ordinal);
}
