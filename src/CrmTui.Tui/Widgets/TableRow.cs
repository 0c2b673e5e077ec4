using System.Collections.Immutable;

namespace CrmTui.Tui.Widgets;

/// <summary>
/// One row: a span per column, and a stable <paramref name="Id"/> (node name, resource id) that
/// selection and "follow" use to find the row again after a refresh.
/// <paramref name="Changed"/> highlights it (a recent change). A <paramref name="FullWidth"/> row
/// ignores the columns: its spans run one after the other across the whole width (section
/// headings, crm_mon sentences such as an operation or a ban), and it does not widen any column.
/// </summary>
public sealed record TableRow(string Id, ImmutableArray<TextSpan> Cells, bool Changed = false, bool FullWidth = false);
