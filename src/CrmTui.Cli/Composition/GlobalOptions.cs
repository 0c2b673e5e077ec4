using System.CommandLine;

namespace CrmTui.Cli.Composition;

/// <summary>Options every verb accepts.</summary>
public static class GlobalOptions
{
    /// <summary><c>--config FILE</c>: the configuration file to use instead of the XDG default.</summary>
    public static readonly Option<string?> Config = new("--config")
    {
        Description = "Configuration file (default: $XDG_CONFIG_HOME/crmtui/config.toml)",
        Recursive = true,
    };

    /// <summary>The configuration file this invocation uses: <c>--config</c>, else the XDG location.</summary>
    public static string? ConfigPath(ParseResult parseResult) =>
        CrmTui.Config.ConfigLocation.Resolve(
            parseResult.GetValue(Config),
            Environment.GetEnvironmentVariable("XDG_CONFIG_HOME"),
            Environment.GetEnvironmentVariable("HOME"));
}
