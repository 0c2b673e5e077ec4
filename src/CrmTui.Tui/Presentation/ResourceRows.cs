using System.Collections.Immutable;
using CrmTui.Core.Model;
using CrmTui.Tui.Widgets;

namespace CrmTui.Tui.Presentation;

/// <summary>
/// The Resources view: the tree (or resources grouped by node), then the sections crm_mon prints
/// after the resource list when their toggles are on: Operations (<c>o</c>, <c>t</c>), Tickets
/// (<c>c</c>), Negative Location Constraints (<c>L</c>). Fail counts (<c>f</c>) are a column.
/// </summary>
public static class ResourceRows
{
    public static ImmutableArray<TableColumn> Columns(ResourceViewOptions options) =>
    [
        // Names matter most when the screen is narrow: the agent gives way first.
        new("Resource", MinWidth: 20, MaxWidth: 48),
        new("State", MinWidth: 7, MaxWidth: 24),
        new("Node", MinWidth: 6, MaxWidth: 40),
        new("Type", MinWidth: 6, MaxWidth: 36),
        .. options.FailCounts ? [new TableColumn("Fails", ColumnAlign.Right, MinWidth: 5, MaxWidth: 12)] : (TableColumn[])[],
        new("Notes", MinWidth: 5),
    ];

    /// <param name="snapshot">The status.</param>
    /// <param name="options">The display toggles.</param>
    /// <param name="constraints">The CIB's location constraints, for leftover <c>cli-prefer-…</c> in the bans section (crm_mon lists only bans).</param>
    /// <param name="constraintsError">Why the constraints could not be read, if so.</param>
    public static ImmutableArray<ViewEntry> For(ClusterSnapshot snapshot, ResourceViewOptions options,
        ImmutableArray<Core.Constraints.LocationConstraint> constraints = default, string? constraintsError = null)
    {
        var builder = new ResourceRowBuilder(snapshot, options);
        if (options.ByNode)
        {
            ResourceByNodeRows.Add(builder);
        }
        else
        {
            ResourceTreeRows.Add(builder);
        }
        if (options.Operations)
        {
            builder.AddRange(OperationRows.For(snapshot, options.Timings));
        }
        if (options.Tickets)
        {
            builder.AddRange(TicketRows.For(snapshot));
        }
        if (options.Bans)
        {
            builder.AddRange(BanRows.For(snapshot, constraints.IsDefault ? [] : constraints, constraintsError));
        }
        return builder.Build();
    }
}
