using System.Collections.Immutable;

namespace CrmTui.Config.Loading;

/// <summary>
/// <c>ssh_options</c>: values for <c>ssh -o</c>, each <c>Name=value</c>. They are passed as separate argv
/// items, never through a shell, but a value that starts with '-' or holds a newline is still refused.
/// </summary>
internal static class SshOptions
{
    public static ImmutableArray<string> Read(TableReader reader)
    {
        var items = reader.StringArray("ssh_options");
        if (items is null)
        {
            return [];
        }
        foreach (var item in items.Value)
        {
            var text = item.Value;
            var eq = text.IndexOf('=');
            var name = eq > 0 ? text[..eq] : "";
            if (name.Length == 0 || !char.IsAsciiLetter(name[0]) || !name.All(char.IsAsciiLetterOrDigit))
            {
                reader.Errors.Add(item.Position,
                    $"ssh option '{text}' in {reader.Where} must look like Name=value (e.g. \"ServerAliveInterval=5\"), without '-o'");
            }
            else if (text.Any(char.IsControl))
            {
                reader.Errors.Add(item.Position, $"ssh option '{name}' in {reader.Where} must not contain control characters or newlines");
            }
            else if (SecretKeys.LooksSecret(name))
            {
                reader.Errors.Add(item.Position, $"ssh option '{name}' in {reader.Where}: {SecretKeys.Explanation}");
            }
        }
        return [.. items.Value.Select(i => i.Value)];
    }
}
