using System.Collections.Immutable;

namespace CrmTui.Tui.Widgets;

/// <summary>
/// The top of the screen: a title, the view tabs (the active one highlighted) and summary fields,
/// which flow onto as many lines as the width needs.
/// </summary>
public sealed record HeaderModel(string Title, ImmutableArray<string> Tabs, int ActiveTab, ImmutableArray<HeaderField> Fields);
