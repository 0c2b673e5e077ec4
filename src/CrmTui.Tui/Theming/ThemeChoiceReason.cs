namespace CrmTui.Tui.Theming;

/// <summary>Why a theme name was chosen (see <see cref="ThemeChoice.Choose"/>).</summary>
public enum ThemeChoiceReason
{
    CommandLine,
    NoColor,
    Configuration,
    BuiltInDefault,
}
