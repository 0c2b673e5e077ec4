namespace CrmTui.Tui.Theming;

/// <summary>
/// Where a theme comes from: a file shipped inside crmtui (<see cref="Location"/> is its path in the
/// repository, <c>themes/NAME.toml</c>) or a file in the user's theme directory (its full path).
/// </summary>
public sealed record ThemeSource(string Name, string Location, bool IsShipped)
{
    /// <summary>"shipped", or the user file's path, as <c>crmtui themes</c> prints it.</summary>
    public string Describe() => IsShipped ? "shipped" : Location;
}
