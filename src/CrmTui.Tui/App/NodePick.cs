using CrmTui.Tui.Widgets;

namespace CrmTui.Tui.App;

/// <summary>An open node picker: choosing a node moves <paramref name="Resource"/> there (its promoted role when <paramref name="Promoted"/>).</summary>
public sealed record NodePick(string Resource, bool Promoted, PickerModel Model)
{
    public string? Chosen => Model.Items.IsDefaultOrEmpty ? null : Model.Items[Math.Clamp(Model.Selected, 0, Model.Items.Length - 1)].Label;
}
