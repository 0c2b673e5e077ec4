using CrmTui.Config.Toml;

namespace CrmTui.Config.Loading;

/// <summary>Reads <c>[defaults]</c>; anything missing keeps its built-in value.</summary>
internal static class DefaultsReader
{
    private static readonly string[] Keys = ["refresh_interval", "safety_interval", "theme", "read_only", "confirm", "mouse", "glyphs"];

    private static readonly Dictionary<string, ConfirmPolicy> ConfirmNames = new(StringComparer.Ordinal)
    {
        ["always"] = ConfirmPolicy.Always,
        ["disruptive"] = ConfirmPolicy.Disruptive,
        ["destructive"] = ConfirmPolicy.Destructive,
        ["never"] = ConfirmPolicy.Never,
    };

    private static readonly Dictionary<string, GlyphMode> GlyphNames = new(StringComparer.Ordinal)
    {
        ["auto"] = GlyphMode.Auto,
        ["unicode"] = GlyphMode.Unicode,
        ["ascii"] = GlyphMode.Ascii,
    };

    public static Defaults Read(TomlTable table, ErrorSink errors, ConfigVocabulary vocabulary)
    {
        var reader = new TableReader(table, "[defaults]", errors, Keys);
        var result = Defaults.BuiltIn;

        var refresh = Interval(reader, "refresh_interval", Defaults.MinimumRefresh);
        var safety = Interval(reader, "safety_interval", Defaults.MinimumRefresh);
        result = result with
        {
            RefreshInterval = refresh ?? result.RefreshInterval,
            SafetyInterval = safety ?? result.SafetyInterval,
        };
        if (result.SafetyInterval < result.RefreshInterval)
        {
            var at = reader.Entry("safety_interval") ?? reader.Entry("refresh_interval");
            errors.Add(at?.Value.Position ?? reader.Position,
                $"'safety_interval' ({result.SafetyInterval.TotalSeconds:0.###}s) must not be shorter than 'refresh_interval' ({result.RefreshInterval.TotalSeconds:0.###}s)");
        }

        if (reader.String("theme") is { } theme && ThemeNames.Check(theme, reader, vocabulary))
        {
            result = result with { Theme = theme.Value };
        }
        result = result with
        {
            ReadOnly = reader.Boolean("read_only")?.Value ?? result.ReadOnly,
            Mouse = reader.Boolean("mouse")?.Value ?? result.Mouse,
            Confirm = Choice(reader, "confirm", ConfirmNames) ?? result.Confirm,
            Glyphs = Choice(reader, "glyphs", GlyphNames) ?? result.Glyphs,
        };
        return result;
    }

    /// <summary>A duration entry within the allowed range; null (with the error added) when it is not.</summary>
    public static TimeSpan? Interval(TableReader reader, string key, TimeSpan minimum)
    {
        var entry = reader.Entry(key);
        if (entry is null)
        {
            return null;
        }
        var value = Durations.Read(entry.Value, out var error);
        if (error is not null)
        {
            reader.Errors.Add(entry.Value.Position, $"'{key}' in {reader.Where} {error}");
            return null;
        }
        if (value < minimum || value > Defaults.MaximumInterval)
        {
            reader.Errors.Add(entry.Value.Position,
                $"'{key}' in {reader.Where} must be between {minimum.TotalSeconds:0}s and {Defaults.MaximumInterval.TotalMinutes:0}m (polling faster only loads the cluster)");
            return null;
        }
        return value;
    }

    private static T? Choice<T>(TableReader reader, string key, Dictionary<string, T> names)
        where T : struct
    {
        var value = reader.String(key);
        if (value is null)
        {
            return null;
        }
        if (names.TryGetValue(value.Value, out var choice))
        {
            return choice;
        }
        reader.Errors.Add(value.Position,
            $"'{key}' in [defaults] must be one of {string.Join(", ", names.Keys.Select(k => $"\"{k}\""))}, found \"{value.Value}\"{Suggestions.DidYouMean(value.Value, names.Keys)}");
        return null;
    }
}
