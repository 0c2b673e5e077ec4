using System.Collections.Immutable;
using CrmTui.Tui.Rendering;
using CrmTui.Tui.Theming;
using CrmTui.Tui.Widgets;

namespace CrmTui.Tui.Tests.Widgets;

// Lays widgets out the way the dashboard will (header, banners, table, status/prompt line) so
// each golden shows a widget in context.
internal static class WidgetScene
{
    public static ScreenBuffer Dashboard(int w, int h, ImmutableArray<Banner> banners = default, int selected = 1, TextSpan? message = null,
        bool readOnly = false, PromptState? prompt = null)
    {
        var buffer = new ScreenBuffer(w, h);
        var header = SampleData.Header();
        var headerHeight = HeaderWidget.Height(header, w);
        HeaderWidget.Render(buffer.Region(new Rect(0, 0, w, headerHeight)), header);
        var bannerCount = banners.IsDefault ? 0 : banners.Length;
        BannerWidget.Render(buffer.Region(new Rect(0, headerHeight, w, bannerCount)), banners.IsDefault ? [] : banners, Glyphs.Unicode);
        var top = headerHeight + bannerCount;
        var tableHeight = h - top - 1;
        TableWidget.Render(buffer.Region(new Rect(0, top, w, tableHeight)), SampleData.NodeTable(h * 2, selected), Glyphs.Unicode);
        var bottom = buffer.Region(new Rect(0, h - 1, w, 1));
        if (prompt is not null)
        {
            PromptLine.Render(bottom, prompt);
        }
        else
        {
            StatusBar.Render(bottom, SampleData.NodeHints(readOnly), message, Glyphs.Unicode);
        }
        return buffer;
    }
}
