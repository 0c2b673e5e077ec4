namespace CrmTui.Config.Tests.Loading;

public sealed class ConfigLocationTests
{
    [Theory]
    [InlineData("/etc/x.toml", "/xdg", "/home/u", "/etc/x.toml")]
    [InlineData(null, "/xdg", "/home/u", "/xdg/crmtui/config.toml")]
    [InlineData(null, "", "/home/u", "/home/u/.config/crmtui/config.toml")]
    [InlineData(null, "relative/xdg", "/home/u", "/home/u/.config/crmtui/config.toml")]
    [InlineData(null, null, null, null)]
    public void The_file_is_the_flag_then_xdg_then_home(string? flag, string? xdg, string? home, string? expected)
    {
        Assert.Equal(expected, ConfigLocation.Resolve(flag, xdg, home));
    }
}
