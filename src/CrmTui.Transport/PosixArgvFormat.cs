using System.Text;

namespace CrmTui.Transport;

/// <summary>
/// Renders an argv for people (dry-run, confirmation, audit log): one line, each word quoted only
/// when the shell would otherwise change it, so it can be pasted into a POSIX shell as is.
/// </summary>
public static class PosixArgvFormat
{
    // Characters a POSIX shell leaves alone in an unquoted word.
    private const string SafeChars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./:=@%+,";

    /// <summary>
    /// The command on one line: <c>env 'NAME=value' …</c> first when it carries environment
    /// variables, then the argv. Words with control characters (newline, tab, …) use the
    /// <c>$'…'</c> form (POSIX.1-2024, bash, zsh, ksh) so the result stays on one line.
    /// </summary>
    public static string Format(CommandLine command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var words = new List<string>();
        if (!command.Environment.IsEmpty)
        {
            words.Add("env");
            foreach (var (name, value) in command.Environment)
                words.Add($"{name}={value}");
        }
        if (!command.Argv.IsDefault)
            words.AddRange(command.Argv);
        return string.Join(' ', words.Select(QuoteWord));
    }

    /// <summary>One word, quoted only if needed.</summary>
    public static string QuoteWord(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length > 0 && word.All(c => SafeChars.Contains(c)))
            return word;
        if (word.Any(char.IsControl))
            return DollarQuote(word);
        return RemoteShellQuoting.Quote(word);
    }

    private static string DollarQuote(string word)
    {
        var sb = new StringBuilder("$'");
        foreach (var c in word)
        {
            switch (c)
            {
                case '\\': sb.Append(@"\\"); break;
                case '\'': sb.Append(@"\'"); break;
                case '\n': sb.Append(@"\n"); break;
                case '\t': sb.Append(@"\t"); break;
                case '\r': sb.Append(@"\r"); break;
                default:
                    // C1 controls (U+0080…) are two bytes in UTF-8; \x would write one, so keep them.
                    if (char.IsControl(c) && c < 0x80)
                        sb.Append($"\\x{(int)c:x2}");
                    else
                        sb.Append(c);
                    break;
            }
        }
        sb.Append('\'');
        return sb.ToString();
    }
}
