using System.Globalization;

namespace CrmTui.Tui.Presentation;

/// <summary>Short relative ages for the screen: 0s, 42s, 3m05s, 2h10m, 4d03h.</summary>
public static class Ages
{
    public static string Format(TimeSpan age)
    {
        if (age < TimeSpan.Zero)
        {
            age = TimeSpan.Zero;
        }
        var c = CultureInfo.InvariantCulture;
        return age.TotalSeconds < 60 ? string.Create(c, $"{(int)age.TotalSeconds}s")
            : age.TotalMinutes < 60 ? string.Create(c, $"{(int)age.TotalMinutes}m{age.Seconds:00}s")
            : age.TotalHours < 24 ? string.Create(c, $"{(int)age.TotalHours}h{age.Minutes:00}m")
            : string.Create(c, $"{(int)age.TotalDays}d{age.Hours:00}h");
    }
}
