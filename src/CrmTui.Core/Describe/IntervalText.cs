using System.Globalization;
using System.Text;

namespace CrmTui.Core.Describe;

/// <summary>
/// Durations the way Pacemaker 2.1.5 prints them: <c>20ms</c>, <c>10s</c>, <c>2m59.014s</c>.
/// A unit is used only when the value is strictly greater than one of it, so exactly one minute
/// is <c>60s</c> and exactly one second is <c>1000ms</c> (crm_mon's own output shows both).
/// </summary>
public static class IntervalText
{
    public static string Of(long milliseconds)
    {
        if (milliseconds <= 0)
        {
            return "0s";
        }

        const long second = 1000, minute = 60 * second, hour = 60 * minute, day = 24 * hour;
        var text = new StringBuilder();
        var rest = milliseconds;
        Append(ref rest, day, "d", text);
        Append(ref rest, hour, "h", text);
        Append(ref rest, minute, "m", text);
        if (rest > second)
        {
            text.Append((rest / second).ToString(CultureInfo.InvariantCulture));
            if (rest % second > 0)
            {
                text.Append('.').Append((rest % second).ToString("000", CultureInfo.InvariantCulture));
            }

            text.Append('s');
        }
        else if (rest > 0)
        {
            text.Append(rest.ToString(CultureInfo.InvariantCulture)).Append("ms");
        }

        return text.ToString();
    }

    private static void Append(ref long rest, long unit, string suffix, StringBuilder text)
    {
        if (rest > unit)
        {
            text.Append((rest / unit).ToString(CultureInfo.InvariantCulture)).Append(suffix);
            rest %= unit;
        }
    }
}
