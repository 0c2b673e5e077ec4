namespace CrmTui.Config.Themes;

/// <summary>Where a user's own themes live, beside the default configuration file.</summary>
public static class ThemeDirectory
{
    /// <summary>
    /// <c>$XDG_CONFIG_HOME/crmtui/themes</c> (an empty or relative value is ignored, as the XDG spec
    /// says), else <c>$HOME/.config/crmtui/themes</c>, else null.
    /// </summary>
    public static string? Resolve(string? xdgConfigHome, string? home)
    {
        if (!string.IsNullOrEmpty(xdgConfigHome) && Path.IsPathRooted(xdgConfigHome))
        {
            return Path.Combine(xdgConfigHome, "crmtui", "themes");
        }
        return string.IsNullOrEmpty(home) ? null : Path.Combine(home, ".config", "crmtui", "themes");
    }
}
