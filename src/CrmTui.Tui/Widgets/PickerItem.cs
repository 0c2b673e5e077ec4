namespace CrmTui.Tui.Widgets;

/// <summary>One choice in a <see cref="Picker"/>: what is chosen, and a note on it.</summary>
public sealed record PickerItem(string Label, string Note = "");
