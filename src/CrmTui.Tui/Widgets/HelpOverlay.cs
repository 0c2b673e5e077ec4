using CrmTui.Tui.Input;
using CrmTui.Tui.Rendering;
using CrmTui.Tui.Theming;

namespace CrmTui.Tui.Widgets;

/// <summary>
/// The <c>?</c> overlay, generated from the key table: sections flow into as many columns as the
/// screen allows; toggles that are on carry a check mark; in read-only mode action keys are listed
/// but dimmed, with the reason on top. When the table does not fit it scrolls by whole lines.
/// </summary>
public static class HelpOverlay
{
    private const int MaxColumnWidth = 52;
    private const int MinColumnWidth = 36;

    private sealed record Entry(string Keys, string Text, StyleRole KeyRole, StyleRole TextRole, string Mark = "");

    public static void Render(Canvas canvas, KeyMap map, Func<UiCommand, bool> isOn, int scroll, Glyphs glyphs, string? readOnlyReason = null)
    {
        var entries = Entries(map, isOn, readOnlyReason, glyphs);
        var keyWidth = Math.Min(16, entries.Max(e => CellWidth.Of(e.Keys)) + 2);
        var natural = keyWidth + entries.Max(e => e.Keys.Length > 0 ? CellWidth.Of(e.Text) : CellWidth.Of(e.Text) - keyWidth) + 3;
        var columnWidth = Math.Clamp(natural, MinColumnWidth, MaxColumnWidth);
        var top = readOnlyReason is null ? 0 : 2;

        // Size the box to the content: sections are kept whole in a column when they fit; if the
        // table needs more columns than the width allows, it is cut evenly and scrolls.
        var maxInnerHeight = Math.Max(1, canvas.Height - 4 - top);
        var maxColumns = Math.Max(1, (canvas.Width - 4) / columnWidth);
        var layout = BySection(entries, maxInnerHeight);
        if (layout.Count > maxColumns)
        {
            layout = entries.Chunk((int)Math.Ceiling(entries.Count / (double)maxColumns)).Select(c => c.ToList()).ToList();
        }
        var rows = layout.Max(c => c.Count);
        var innerHeight = Math.Min(maxInnerHeight, rows);
        var box = canvas.Sub(new Rect(0, 0, canvas.Width, canvas.Height).Center(layout.Count * columnWidth + 4, innerHeight + top + 2));
        var content = Frame.Render(box, "Keys — ? or esc to close", StyleRole.Dialog, StyleRole.DialogBorder, StyleRole.DialogTitle, glyphs);
        if (readOnlyReason is not null)
        {
            content.Write(0, 0, CellWidth.Truncate($"{glyphs.Warning} Read-only: {readOnlyReason}", content.Width, glyphs.Ellipsis), StyleRole.BannerWarning);
        }

        var first = Math.Clamp(scroll, 0, Math.Max(0, rows - innerHeight));
        for (var c = 0; c < layout.Count; c++)
        {
            var x = c * columnWidth;
            for (var r = 0; r < innerHeight && first + r < layout[c].Count; r++)
            {
                var entry = layout[c][first + r];
                content.Write(x, top + r, entry.Keys, entry.KeyRole);
                var textX = entry.Keys.Length > 0 ? x + keyWidth : x;
                content.Write(textX, top + r, CellWidth.Truncate(entry.Text, columnWidth - (textX - x) - 3, glyphs.Ellipsis), entry.TextRole);
                if (entry.Mark.Length > 0)
                {
                    content.Write(x + columnWidth - 3, top + r, entry.Mark, StyleRole.ToggleOn);
                }
            }
        }
        if (first + innerHeight < rows)
        {
            box.Write(box.Width - 10, box.Height - 1, $" {glyphs.Down} more ", StyleRole.DialogTitle);
        }
    }

    // Greedy: a section starts a new column when it would not fit in what is left of the current one.
    private static List<List<Entry>> BySection(List<Entry> entries, int height)
    {
        var sections = new List<List<Entry>>();
        foreach (var e in entries)
        {
            if (e.Keys.Length == 0 && e.Text.Length == 0)
            {
                continue;
            }
            if (e.Keys.Length == 0)
            {
                sections.Add([]);
            }
            sections[^1].Add(e);
        }
        var columns = new List<List<Entry>> { new() };
        foreach (var section in sections)
        {
            var gap = columns[^1].Count > 0 ? 1 : 0;
            if (columns[^1].Count > 0 && columns[^1].Count + gap + section.Count > height)
            {
                columns.Add([]);
                gap = 0;
            }
            if (gap == 1)
            {
                columns[^1].Add(new Entry("", "", StyleRole.Dialog, StyleRole.Dialog));
            }
            foreach (var e in section)
            {
                if (columns[^1].Count >= height)
                {
                    columns.Add([]);
                }
                columns[^1].Add(e);
            }
        }
        return columns;
    }

    private static List<Entry> Entries(KeyMap map, Func<UiCommand, bool> isOn, string? readOnlyReason, Glyphs glyphs)
    {
        var entries = new List<Entry>();
        void Section(string title, Func<Binding, bool> include)
        {
            if (entries.Count > 0)
            {
                entries.Add(new Entry("", "", StyleRole.Dialog, StyleRole.Dialog));
            }
            entries.Add(new Entry("", title, StyleRole.Dialog, StyleRole.DialogTitle));
            foreach (var b in map.Bindings.Where(include).Where(b => !b.Keys.IsEmpty))
            {
                var disabled = b.IsAction && readOnlyReason is not null;
                entries.Add(new Entry(
                    CellWidth.Truncate(string.Join(" ", b.Keys.Select(k => k.ToString())), 15, glyphs.Ellipsis),
                    b.Description,
                    disabled ? StyleRole.Disabled : StyleRole.KeyHint,
                    disabled ? StyleRole.Disabled : b.Danger == CrmTui.Commands.Danger.Destructive ? StyleRole.Danger : StyleRole.Dialog,
                    UiCommands.IsToggle(b.Command) && isOn(b.Command) ? glyphs.Check : ""));
            }
        }
        Section("Move", b => b.Danger is null && b.Context == KeyContexts.Global && !UiCommands.IsToggle(b.Command) && b.Command != UiCommand.FenceHistoryLevel && !UiCommands.IsReplay(b.Command));
        Section("Show (crm_mon toggles)", b => UiCommands.IsToggle(b.Command) || b.Command == UiCommand.FenceHistoryLevel);
        Section("Replay (crmtui replay)", b => UiCommands.IsReplay(b.Command));
        Section("Act on the selection", b => b.IsAction);
        return entries;
    }
}
