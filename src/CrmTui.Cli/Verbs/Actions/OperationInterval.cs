using System.Globalization;

namespace CrmTui.Cli.Verbs.Actions;

/// <summary>
/// The <c>--interval</c> of <c>resource cleanup --operation</c>: a whole number with an optional
/// unit <c>ms</c>, <c>s</c>, <c>m</c> or <c>h</c>. A bare number is milliseconds, as crm_mon and
/// <c>crmtui status -o json</c> (<c>interval_ms</c>) report it; crm_resource itself would read it
/// as seconds, which is why the action always sends the unit.
/// </summary>
public static class OperationInterval
{
    /// <summary>The interval in milliseconds, or null when <paramref name="text"/> is not one.</summary>
    public static long? TryParseMilliseconds(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (digits, factor) = text switch
        {
            _ when text.EndsWith("ms", StringComparison.Ordinal) => (text[..^2], 1L),
            _ when text.EndsWith('s') => (text[..^1], 1000L),
            _ when text.EndsWith('m') => (text[..^1], 60_000L),
            _ when text.EndsWith('h') => (text[..^1], 3_600_000L),
            _ => (text, 1L),
        };
        if (digits.Length == 0 || !digits.All(char.IsAsciiDigit)
            || !long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            || value > long.MaxValue / factor)
            return null;
        return value * factor;
    }
}
