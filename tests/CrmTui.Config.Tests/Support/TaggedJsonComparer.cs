using System.Globalization;
using System.Text.Json;

namespace CrmTui.Config.Tests.Support;

/// <summary>
/// Compares tagged JSON the way toml-test's runner does: integers and strings exactly, floats
/// numerically (any nan equals nan), date-times as instants to the millisecond.
/// Returns null when equal, otherwise the path of the first difference and why.
/// </summary>
internal static class TaggedJsonComparer
{
    public static string? Difference(JsonElement expected, JsonElement actual, string path = "$")
    {
        if (IsTagged(expected))
        {
            return IsTagged(actual) ? CompareScalars(expected, actual, path) : $"{path}: expected a scalar, got {actual.ValueKind}";
        }
        if (expected.ValueKind == JsonValueKind.Array)
        {
            if (actual.ValueKind != JsonValueKind.Array)
            {
                return $"{path}: expected an array, got {actual.ValueKind}";
            }
            var e = expected.EnumerateArray().ToList();
            var a = actual.EnumerateArray().ToList();
            if (e.Count != a.Count)
            {
                return $"{path}: expected {e.Count} items, got {a.Count}";
            }
            return e.Zip(a).Select((pair, i) => Difference(pair.First, pair.Second, $"{path}[{i}]")).FirstOrDefault(d => d is not null);
        }
        if (actual.ValueKind != JsonValueKind.Object || IsTagged(actual))
        {
            return $"{path}: expected a table, got {actual}";
        }
        var expectedKeys = expected.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToList();
        var actualKeys = actual.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToList();
        if (!expectedKeys.SequenceEqual(actualKeys))
        {
            return $"{path}: expected keys [{string.Join(", ", expectedKeys)}], got [{string.Join(", ", actualKeys)}]";
        }
        return expectedKeys.Select(k => Difference(expected.GetProperty(k), actual.GetProperty(k), $"{path}.{k}")).FirstOrDefault(d => d is not null);
    }

    private static bool IsTagged(JsonElement e) =>
        e.ValueKind == JsonValueKind.Object
        && e.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String
        && e.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.String;

    private static string? CompareScalars(JsonElement expected, JsonElement actual, string path)
    {
        var type = expected.GetProperty("type").GetString()!;
        var actualType = actual.GetProperty("type").GetString()!;
        var e = expected.GetProperty("value").GetString()!;
        var a = actual.GetProperty("value").GetString()!;
        if (type != actualType)
        {
            return $"{path}: expected type {type}, got {actualType}";
        }
        var equal = type switch
        {
            "float" => FloatsEqual(e, a),
            "bool" => string.Equals(e, a, StringComparison.OrdinalIgnoreCase),
            "datetime" => Instant(e) == Instant(a),
            "datetime-local" or "date-local" => LocalTicks(e) == LocalTicks(a),
            "time-local" => LocalTicks("0001-01-01T" + e) == LocalTicks("0001-01-01T" + a),
            _ => e == a,
        };
        return equal ? null : $"{path}: expected {type} '{e}', got '{a}'";
    }

    private static bool FloatsEqual(string e, string a)
    {
        var x = ParseFloat(e);
        var y = ParseFloat(a);
        return (double.IsNaN(x) && double.IsNaN(y)) || x.Equals(y);
    }

    private static double ParseFloat(string s) => s.TrimStart('+') switch
    {
        "inf" => double.PositiveInfinity,
        "-inf" => double.NegativeInfinity,
        "nan" or "-nan" => double.NaN,
        var t => double.Parse(t, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    private static long Instant(string s) =>
        DateTimeOffset.Parse(Normalize(s), CultureInfo.InvariantCulture).UtcTicks / TimeSpan.TicksPerMillisecond;

    private static long LocalTicks(string s) =>
        DateTime.Parse(Normalize(s), CultureInfo.InvariantCulture, DateTimeStyles.None).Ticks / TimeSpan.TicksPerMillisecond;

    private static string Normalize(string s) => s.ToUpperInvariant().Replace(' ', 'T');
}
