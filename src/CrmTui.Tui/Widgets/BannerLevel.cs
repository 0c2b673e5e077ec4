namespace CrmTui.Tui.Widgets;

public enum BannerLevel
{
    Info,
    Warning,
    Critical,
}
