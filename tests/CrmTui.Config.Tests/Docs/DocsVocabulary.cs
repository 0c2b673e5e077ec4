using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace CrmTui.Config.Tests.Docs;

/// <summary>
/// The real command names and default keys, read from the generated docs/keys.md (Config cannot
/// reference the dashboard), so the configuration docs are checked against the real key table.
/// Keys of the confirmation dialog are a separate context and are left out of the default table.
/// </summary>
internal static partial class DocsVocabulary
{
    public static ConfigVocabulary Load(string keysMarkdown)
    {
        var commands = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        var bindings = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var inDialog = false;
        foreach (var line in keysMarkdown.Split('\n'))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                inDialog = line.Contains("dialog", StringComparison.OrdinalIgnoreCase);
            }
            var row = Row().Match(line);
            if (!row.Success)
            {
                continue;
            }
            var command = row.Groups["command"].Value;
            commands.Add(command);
            if (!inDialog)
            {
                foreach (Match key in Code().Matches(row.Groups["keys"].Value))
                {
                    bindings[key.Groups[1].Value] = command;
                }
            }
        }
        return new ConfigVocabulary(commands.ToImmutable(), bindings.ToImmutable(), ["default", "light", "high-contrast", "mono"]);
    }

    [GeneratedRegex(@"^\| (?<keys>`[^|]*`) \| `(?<command>[a-z_.]+)` \|")]
    private static partial Regex Row();

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Code();
}
