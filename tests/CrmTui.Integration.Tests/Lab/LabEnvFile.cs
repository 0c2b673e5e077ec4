using System.Collections.Immutable;

namespace CrmTui.Integration.Tests.Lab;

/// <summary>The KEY=VALUE lines <c>lab-up.sh</c> prints when the lab is up.</summary>
public static class LabEnvFile
{
    public static ImmutableDictionary<string, string> Parse(string text)
    {
        var values = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var line in text.Split('\n'))
        {
            var eq = line.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0 && line[..eq].All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '_'))
                values[line[..eq]] = line[(eq + 1)..].TrimEnd('\r');
        }
        return values.ToImmutable();
    }

    public static string Require(ImmutableDictionary<string, string> values, string key) =>
        values.TryGetValue(key, out var value) && value.Length > 0
            ? value
            : throw new InvalidOperationException($"lab-up.sh did not report {key}; got keys: {string.Join(", ", values.Keys)}");
}
