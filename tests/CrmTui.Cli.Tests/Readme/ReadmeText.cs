using System.Text.RegularExpressions;
using CrmTui.Cli.Tests.Architecture;

namespace CrmTui.Cli.Tests.Readme;

/// <summary>README.md taken apart: its fenced blocks, the shell commands in them and in inline
/// code, its links.</summary>
internal static partial class ReadmeText
{
    public static string Text { get; } = File.ReadAllText(Path.Combine(RepoRoot.Path, "README.md"));

    /// <summary>The bodies of the fenced blocks with this info string (<c>sh</c>, <c>text</c> …).</summary>
    public static IEnumerable<string> Blocks(string language) =>
        FencedBlock().Matches(Text).Where(m => m.Groups["lang"].Value == language).Select(m => m.Groups["body"].Value);

    /// <summary>Every command of the <c>sh</c> blocks (comments dropped, <c>&amp;&amp;</c> chains
    /// split), and every inline code span that starts with <c>crmtui </c> or <c>./install.sh</c>.</summary>
    public static IEnumerable<string> Commands()
    {
        var fromBlocks = Blocks("sh")
            .SelectMany(body => body.Split('\n'))
            .Select(line => line.Split(" #")[0].Trim())
            .Where(line => line.Length > 0)
            .SelectMany(line => line.Split("&&").Select(part => part.Trim()));
        var inline = InlineCode().Matches(Text).Select(m => m.Groups["code"].Value)
            .Where(code => code.StartsWith("crmtui ", StringComparison.Ordinal) || code.StartsWith("./install.sh", StringComparison.Ordinal));
        return fromBlocks.Concat(inline);
    }

    /// <summary>The targets of the Markdown links, e.g. <c>docs/cli.md</c>.</summary>
    public static IEnumerable<string> LinkTargets() => Link().Matches(Text).Select(m => m.Groups["target"].Value);

    /// <summary>Splits a command line into words as a POSIX shell would for plain words and
    /// single or double quotes (no expansions: the README has none in crmtui lines).</summary>
    public static string[] Words(string command)
    {
        var words = new List<string>();
        var word = new System.Text.StringBuilder();
        var inWord = false;
        char? quote = null;
        foreach (var c in command)
        {
            if (quote is { } q)
            {
                if (c == q)
                    quote = null;
                else
                    word.Append(c);
            }
            else if (c is '\'' or '"')
            {
                quote = c;
                inWord = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                if (inWord)
                    words.Add(word.ToString());
                word.Clear();
                inWord = false;
            }
            else
            {
                word.Append(c);
                inWord = true;
            }
        }
        if (quote is not null)
            throw new FormatException($"unterminated quote in: {command}");
        if (inWord)
            words.Add(word.ToString());
        return [.. words];
    }

    [GeneratedRegex(@"^```(?<lang>[a-z]*)\n(?<body>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex FencedBlock();

    [GeneratedRegex(@"(?<!`)`(?<code>[^`\n]+)`(?!`)")]
    private static partial Regex InlineCode();

    [GeneratedRegex(@"\]\((?<target>[^)\s]+)\)")]
    private static partial Regex Link();
}
