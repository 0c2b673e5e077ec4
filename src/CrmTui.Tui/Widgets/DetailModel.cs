using System.Collections.Immutable;

namespace CrmTui.Tui.Widgets;

/// <summary>A titled list of "label: value" lines about one item (Enter on a row).</summary>
public sealed record DetailModel(string Title, ImmutableArray<HeaderField> Lines);
