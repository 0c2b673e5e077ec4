using System.Collections.Immutable;

namespace CrmTui.Tui.Widgets;

/// <summary>A short list to choose one item from (the node a resource moves to), with a line of explanation above it.</summary>
public sealed record PickerModel(string Title, string Description, ImmutableArray<PickerItem> Items, int Selected = 0);
