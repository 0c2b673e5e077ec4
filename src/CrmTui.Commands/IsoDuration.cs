using System.Text.RegularExpressions;

namespace CrmTui.Commands;

/// <summary>
/// Validates the ISO 8601 durations crm_resource takes for <c>--lifetime</c>
/// (<c>PT10M</c>, <c>P1D</c>, <c>P1W</c>, <c>P1DT12H</c>). Stricter than Pacemaker 2.1.5, which
/// also takes <c>PT</c>, <c>PT-5M</c> and <c>P0D</c>: each of those makes a constraint that has
/// already expired, which is never what the operator meant.
/// </summary>
public static partial class IsoDuration
{
    /// <summary>Why <paramref name="value"/> is not a usable lifetime; null when it is.</summary>
    public static string? Problem(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var match = Pattern().Match(value);
        var parts = match.Groups.Values.Skip(1).Where(g => g.Success).ToList();
        if (!match.Success || parts.Count == 0)
            return $"lifetime \"{value}\" is not an ISO 8601 duration such as PT10M, PT2H, P1D or P1W";
        var hasValue = parts.Any(g => g.Value.TrimStart('0').Length > 0);
        return hasValue ? null : $"lifetime \"{value}\" is zero; the constraint would expire at once";
    }

    // Years, months, weeks, days, then after 'T' hours, minutes, seconds; whole numbers only
    // (crm_resource rejects fractions). A 'T' must be followed by at least one part.
    [GeneratedRegex(@"^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
