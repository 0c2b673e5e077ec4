using System.Globalization;
using CrmTui.Config.Toml;

namespace CrmTui.Config.Loading;

/// <summary>Intervals: a number of seconds (<c>2</c>, <c>0.5</c>) or a string with a unit (<c>"500ms"</c>, <c>"2s"</c>, <c>"1m"</c>, <c>"1h"</c>).</summary>
internal static class Durations
{
    public const string Expected = "a duration such as \"2s\", \"500ms\", \"1m\" or a number of seconds";

    public static TimeSpan? Read(TomlValue value, out string? error)
    {
        error = null;
        switch (value)
        {
            case TomlInteger i when i.Value is >= 0 and <= 86_400:
                return TimeSpan.FromSeconds(i.Value);
            case TomlFloat f when f.Value is >= 0 and <= 86_400:
                return TimeSpan.FromSeconds(f.Value);
            case TomlInteger or TomlFloat:
                error = "must be between 0 and 86400 seconds";
                return null;
            case TomlString s:
                var parsed = ParseText(s.Value.Trim());
                if (parsed is null)
                {
                    error = $"cannot read '{s.Value}' as {Expected}";
                }
                return parsed;
            default:
                error = $"must be {Expected}, found {TableReader.Article(value.TypeName)}";
                return null;
        }
    }

    private static TimeSpan? ParseText(string text)
    {
        (string Suffix, double Seconds)[] units = [("ms", 0.001), ("s", 1), ("m", 60), ("h", 3600)];
        foreach (var (suffix, seconds) in units)
        {
            if (text.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)
                && double.TryParse(text[..^suffix.Length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
                && number * seconds <= 86_400)
            {
                return TimeSpan.FromSeconds(number * seconds);
            }
        }
        return null;
    }
}
