namespace CrmTui.Config;

/// <summary>
/// Where the configuration file lives. The environment is passed in (read once by the CLI) so that
/// nothing here depends on the process environment.
/// </summary>
public static class ConfigLocation
{
    /// <summary>
    /// <c>--config FILE</c> when given; else <c>$XDG_CONFIG_HOME/crmtui/config.toml</c> (an empty or relative
    /// value is ignored, as the XDG spec says); else <c>$HOME/.config/crmtui/config.toml</c>; else null.
    /// </summary>
    public static string? Resolve(string? explicitPath, string? xdgConfigHome, string? home)
    {
        if (!string.IsNullOrEmpty(explicitPath))
        {
            return explicitPath;
        }
        if (!string.IsNullOrEmpty(xdgConfigHome) && Path.IsPathRooted(xdgConfigHome))
        {
            return Path.Combine(xdgConfigHome, "crmtui", "config.toml");
        }
        return string.IsNullOrEmpty(home) ? null : Path.Combine(home, ".config", "crmtui", "config.toml");
    }
}
