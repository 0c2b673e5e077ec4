using System.Globalization;

namespace CrmTui.Core.Model;

/// <summary>
/// A time stamp as crm_mon printed it. crm_mon uses several formats depending on the element
/// (C <c>ctime</c> style such as <c>Thu Jun  1 07:52:55 2017</c> for <c>last_change</c> and the
/// operation history, <c>2017-06-01 08:20:47Z</c> for failures, fence events and pacemakerd),
/// so the raw text is always kept and <see cref="Value"/> is null when the text is not one of
/// the known formats. <c>ctime</c> text carries no zone: it is read as UTC, which is how the
/// corpus was produced (TZ=UTC) and the only choice that does not depend on this machine.
/// </summary>
public readonly record struct CrmTime(string Raw, DateTimeOffset? Value)
{
    private static readonly string[] _isoFormats =
    [
        "yyyy-MM-dd HH:mm:ssZ", "yyyy-MM-dd HH:mm:ss'Z'", "yyyy-MM-ddTHH:mm:ssZ", "yyyy-MM-ddTHH:mm:ss'Z'",
        "yyyy-MM-dd HH:mm:sszzz", "yyyy-MM-ddTHH:mm:sszzz", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm:ss",
        "yyyy-MM-ddTHH:mm:ss.FFFFFFFZ", "yyyy-MM-ddTHH:mm:ss.FFFFFFFzzz",
    ];

    /// <summary>Parses any format crm_mon is known to print; never throws.</summary>
    public static CrmTime Parse(string raw) => new(raw, TryParseValue(raw));

    public override string ToString() => Raw;

    private static DateTimeOffset? TryParseValue(string raw)
    {
        var text = raw.Trim();
        if (text.Length == 0 || text.Length > 64)
        {
            return null;
        }

        if (char.IsDigit(text[0]))
        {
            if (DateTimeOffset.TryParseExact(text, _isoFormats, CultureInfo.InvariantCulture,
                    DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var iso))
            {
                return iso;
            }

            // Bare epoch seconds appear in some Pacemaker attributes (e.g. last-granted).
            if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var epoch)
                && epoch is > 0 and < 253402300799)
            {
                return DateTimeOffset.FromUnixTimeSeconds(epoch);
            }

            return null;
        }

        return TryParseCtime(text);
    }

    // ctime: "Thu Jun  1 07:52:55 2017" (day space padded). Hand-parsed because operation
    // histories carry thousands of these; no allocation, no culture lookups.
    private static DateTimeOffset? TryParseCtime(ReadOnlySpan<char> text)
    {
        Span<Range> parts = stackalloc Range[6];
        if (text.Split(parts, ' ', StringSplitOptions.RemoveEmptyEntries) != 5)
        {
            return null;
        }

        var weekday = text[parts[0]];
        var monthName = text[parts[1]];
        var clock = text[parts[3]];
        if (weekday.Length != 3 || clock.Length != 8 || clock[2] != ':' || clock[5] != ':')
        {
            return null;
        }

        var month = monthName switch
        {
            "Jan" => 1, "Feb" => 2, "Mar" => 3, "Apr" => 4, "May" => 5, "Jun" => 6,
            "Jul" => 7, "Aug" => 8, "Sep" => 9, "Oct" => 10, "Nov" => 11, "Dec" => 12,
            _ => 0,
        };
        if (month == 0
            || !int.TryParse(text[parts[2]], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || !int.TryParse(text[parts[4]], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(clock[..2], NumberStyles.None, CultureInfo.InvariantCulture, out var hour)
            || !int.TryParse(clock[3..5], NumberStyles.None, CultureInfo.InvariantCulture, out var minute)
            || !int.TryParse(clock[6..], NumberStyles.None, CultureInfo.InvariantCulture, out var second))
        {
            return null;
        }

        if (year is < 1 or > 9999 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return null;
        }

        return new DateTimeOffset(year, month, day, hour, minute, second, TimeSpan.Zero);
    }
}
