using CrmTui.Tui.Presentation;
using CrmTui.Tui.Rendering;
using CrmTui.Tui.Widgets;

namespace CrmTui.Tui.App;

/// <summary>Where things go on screen for a state: header, banners, the view, and the bottom line.</summary>
public sealed record ScreenLayout(Rect Header, Rect Banners, Rect Body, Rect Bottom)
{
    public static ScreenLayout For(UiState state, UiContext context)
    {
        var w = state.Size.Width;
        var h = state.Size.Height;
        var header = HeaderPresenter.For(state, context);
        var headerHeight = Math.Min(HeaderWidget.Height(header, w), Math.Max(1, h / 4));
        var banners = Math.Min(BannerPresenter.For(state).Length, Math.Max(0, h / 4));
        var bodyTop = headerHeight + banners;
        var bodyHeight = Math.Max(0, h - bodyTop - 1);
        return new ScreenLayout(
            new Rect(0, 0, w, headerHeight),
            new Rect(0, headerHeight, w, banners),
            new Rect(0, bodyTop, w, bodyHeight),
            new Rect(0, h - 1, w, 1));
    }

    /// <summary>Data rows visible in the view (for paging).</summary>
    public int PageSize => Math.Max(1, Body.Height - 1);
}
