using System.Collections.Immutable;
using System.Text.RegularExpressions;
using CrmTui.Tui.Widgets;

namespace CrmTui.Tui.Presentation;

/// <summary>
/// The <c>/</c> filter: a case-insensitive regex over a row's cells; a leading <c>!</c> keeps the
/// rows that do not match. A bad pattern filters nothing and says why. The match timeout bounds a
/// pathological pattern so a key press never hangs the UI.
/// </summary>
public static class RowFilter
{
    public static (ImmutableArray<TableRow> Rows, string? Error) Apply(ImmutableArray<TableRow> rows, string filter)
    {
        if (filter.Length == 0 || filter == "!")
        {
            return (rows, null);
        }
        var invert = filter[0] == '!';
        var pattern = invert ? filter[1..] : filter;
        Regex regex;
        try
        {
            regex = new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
        }
        catch (ArgumentException e)
        {
            return (rows, $"bad regex: {e.Message}");
        }
        try
        {
            return ([.. rows.Where(r => regex.IsMatch(string.Join(" ", r.Cells.Select(c => c.Text))) != invert)], null);
        }
        catch (RegexMatchTimeoutException)
        {
            return (rows, "regex too slow; not applied");
        }
    }
}
