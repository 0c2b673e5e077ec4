using CrmTui.Tui.Rendering;
using CrmTui.Tui.Theming;

namespace CrmTui.Tui.Widgets;

/// <summary>Draws banners one per line, most severe first, each as a full-width bar with a symbol.</summary>
public static class BannerWidget
{
    public static StyleRole RoleOf(BannerLevel level) => level switch
    {
        BannerLevel.Critical => StyleRole.BannerCritical,
        BannerLevel.Warning => StyleRole.BannerWarning,
        _ => StyleRole.BannerInfo,
    };

    public static void Render(Canvas canvas, IEnumerable<Banner> banners, Glyphs glyphs)
    {
        var y = 0;
        foreach (var banner in banners.OrderByDescending(b => b.Level))
        {
            if (y >= canvas.Height)
            {
                break;
            }
            var symbol = banner.Level == BannerLevel.Info ? glyphs.Selected : glyphs.Warning;
            canvas.WriteLine(y, $" {symbol} {CellWidth.Truncate(banner.Text, canvas.Width - 4, glyphs.Ellipsis)}", RoleOf(banner.Level));
            y++;
        }
    }
}
