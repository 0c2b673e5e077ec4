using System.Collections;
using System.Reflection;
using Xunit.Sdk;

namespace CrmTui.Core.Tests.Support;

/// <summary>
/// Structural equality for model records. Records compare <c>ImmutableArray</c> and dictionaries
/// by reference, so whole-record assertions walk public properties instead and report the path
/// of the first difference.
/// </summary>
internal static class ModelAssert
{
    public static void Equal<T>(T expected, T actual)
    {
        if (Difference(expected, actual, typeof(T).Name) is { } difference)
        {
            throw new XunitException($"Records differ at {difference}");
        }
    }

    private static string? Difference(object? expected, object? actual, string path)
    {
        if (expected is null || actual is null)
        {
            return expected is null && actual is null ? null : $"{path}: expected {Show(expected)}, actual {Show(actual)}";
        }

        // Any two sequences compare item by item, whatever their collection types.
        if (expected is IEnumerable and not string and not IDictionary && actual is IEnumerable and not string and not IDictionary)
        {
            return SequenceDifference((IEnumerable)expected, (IEnumerable)actual, path);
        }

        if (expected.GetType() != actual.GetType())
        {
            return $"{path}: expected {expected.GetType().Name}, actual {actual.GetType().Name}";
        }

        var type = expected.GetType();
        if (type.IsPrimitive || type.IsEnum || expected is string or decimal or DateTimeOffset or TimeSpan || IsNullableOf(type))
        {
            return Equals(expected, actual) ? null : $"{path}: expected {Show(expected)}, actual {Show(actual)}";
        }

        if (expected is IDictionary expectedMap && actual is IDictionary actualMap)
        {
            var e = expectedMap.Keys.Cast<object>().Select(k => $"{k}={expectedMap[k]}");
            var a = actualMap.Keys.Cast<object>().Select(k => $"{k}={actualMap[k]}");
            return e.SequenceEqual(a) ? null : $"{path}: expected {{{string.Join(", ", e)}}}, actual {{{string.Join(", ", a)}}}";
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0)
            {
                continue;
            }

            if (Difference(property.GetValue(expected), property.GetValue(actual), $"{path}.{property.Name}") is { } difference)
            {
                return difference;
            }
        }

        return null;
    }

    private static string? SequenceDifference(IEnumerable expectedItems, IEnumerable actualItems, string path)
    {
        var e = expectedItems.Cast<object?>().ToList();
        var a = actualItems.Cast<object?>().ToList();
        for (var i = 0; i < Math.Min(e.Count, a.Count); i++)
        {
            if (Difference(e[i], a[i], $"{path}[{i}]") is { } difference)
            {
                return difference;
            }
        }

        return e.Count == a.Count ? null : $"{path}: expected {e.Count} items, actual {a.Count}";
    }

    private static bool IsNullableOf(Type type) => Nullable.GetUnderlyingType(type) is not null;

    private static string Show(object? value) => value is null ? "null" : value is string s ? $"\"{s}\"" : value.ToString() ?? "";
}
