using System.Globalization;

namespace CrmTui.Core.Model;

/// <summary>
/// A duration as crm_mon printed it: <c>850ms</c> in the operation history, bare milliseconds
/// in <c>failure@exec</c>/<c>@queued</c>/<c>@interval</c>. The raw text is kept;
/// <see cref="Value"/> is null when the text is not a number with an optional
/// <c>ms</c>/<c>s</c>/<c>m</c>/<c>h</c> unit (bare numbers are milliseconds).
/// </summary>
public readonly record struct CrmDuration(string Raw, TimeSpan? Value)
{
    /// <summary>Parses the text; never throws.</summary>
    public static CrmDuration Parse(string raw) => new(raw, TryParseValue(raw));

    /// <summary>Whole milliseconds, when parsed.</summary>
    public long? Milliseconds => Value is { } v ? (long)v.TotalMilliseconds : null;

    public override string ToString() => Raw;

    private static TimeSpan? TryParseValue(string raw)
    {
        var text = raw.AsSpan().Trim();
        var end = 0;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        if (end == 0 || end > 15
            || !long.TryParse(text[..end], NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return null;
        }

        var unit = text[end..].Trim();
        double factor = unit switch
        {
            "" or "ms" or "msec" => 1,
            "s" or "sec" => 1_000,
            "m" or "min" => 60_000,
            "h" or "hr" => 3_600_000,
            _ => -1,
        };
        if (factor < 0)
        {
            return null;
        }

        var ms = number * factor;
        return ms > TimeSpan.MaxValue.TotalMilliseconds ? null : TimeSpan.FromMilliseconds(ms);
    }
}
