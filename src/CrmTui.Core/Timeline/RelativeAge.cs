using System.Globalization;

namespace CrmTui.Core.Timeline;

/// <summary>"just now", "42s ago", "5m ago", "3h ago", "2d ago": how long ago, in the one unit that matters.</summary>
public static class RelativeAge
{
    public static string Format(DateTimeOffset at, DateTimeOffset now)
    {
        var age = now - at;
        if (age < TimeSpan.FromSeconds(1))
            return age < -TimeSpan.FromSeconds(1) ? "in the future" : "just now";
        return age switch
        {
            { TotalMinutes: < 1 } => Ago(age.TotalSeconds, "s"),
            { TotalHours: < 1 } => Ago(age.TotalMinutes, "m"),
            { TotalDays: < 1 } => Ago(age.TotalHours, "h"),
            _ => Ago(age.TotalDays, "d"),
        };
    }

    private static string Ago(double value, string unit) =>
        Math.Floor(value).ToString("0", CultureInfo.InvariantCulture) + unit + " ago";
}
