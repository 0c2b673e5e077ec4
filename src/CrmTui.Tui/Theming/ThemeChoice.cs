namespace CrmTui.Tui.Theming;

/// <summary>The theme name the dashboard should use and why.</summary>
public sealed record ThemeChoice(string Name, ThemeChoiceReason Reason)
{
    public const string DefaultName = "default";
    public const string MonoName = "mono";

    /// <summary>
    /// <c>--theme</c> wins; else a non-empty <c>NO_COLOR</c> selects <c>mono</c> (https://no-color.org:
    /// command-line arguments override it, so an explicit <c>--theme</c> still does); else the
    /// configured theme (the cluster's, else <c>[defaults]</c>); else <c>default</c>.
    /// </summary>
    public static ThemeChoice Choose(string? commandLine, string? configured, Func<string, string?> getEnvironmentVariable)
    {
        if (!string.IsNullOrEmpty(commandLine))
        {
            return new(commandLine, ThemeChoiceReason.CommandLine);
        }
        if (!string.IsNullOrEmpty(getEnvironmentVariable("NO_COLOR")))
        {
            return new(MonoName, ThemeChoiceReason.NoColor);
        }
        return string.IsNullOrEmpty(configured)
            ? new(DefaultName, ThemeChoiceReason.BuiltInDefault)
            : new(configured, ThemeChoiceReason.Configuration);
    }

    /// <summary>How the choice reads in messages: <c>'mono' (NO_COLOR is set)</c>.</summary>
    public override string ToString() => Reason switch
    {
        ThemeChoiceReason.CommandLine => $"'{Name}' (--theme)",
        ThemeChoiceReason.NoColor => $"'{Name}' (NO_COLOR is set)",
        ThemeChoiceReason.Configuration => $"'{Name}' (configuration)",
        _ => $"'{Name}' (built-in default)",
    };
}
