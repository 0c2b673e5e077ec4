using System.Collections.Immutable;

namespace CrmTui.Tui.Widgets;

/// <summary>
/// One row: a span per column, and a stable <paramref name="Id"/> (node name, resource id) that
/// selection and "follow" use to find the row again after a refresh.
/// <paramref name="Changed"/> highlights it (a recent change).
/// </summary>
public sealed record TableRow(string Id, ImmutableArray<TextSpan> Cells, bool Changed = false);
