using System.Text;

namespace CrmTui.Transport;

/// <summary>
/// Builds the one string OpenSSH sends to the remote shell. OpenSSH joins its trailing arguments
/// with spaces and the remote login shell re-parses them, so every argument is single-quoted
/// exactly once here, at the ssh boundary, and nowhere else.
/// </summary>
public static class RemoteShellQuoting
{
    /// <summary>
    /// Single-quotes <paramref name="argument"/> for a POSIX shell: <c>'</c> becomes <c>'\''</c>
    /// and the empty string becomes <c>''</c>. Inside single quotes nothing is special, so
    /// <c>$(…)</c>, backticks, globs, <c>~</c>, tabs and newlines all arrive literally.
    /// </summary>
    public static string Quote(string argument)
    {
        ArgumentNullException.ThrowIfNull(argument);
        var sb = new StringBuilder(argument.Length + 2);
        sb.Append('\'');
        foreach (var c in argument)
        {
            if (c == '\'')
                sb.Append("'\\''");
            else
                sb.Append(c);
        }
        sb.Append('\'');
        return sb.ToString();
    }

    /// <summary>Whether <paramref name="name"/> is a POSIX variable name: [A-Za-z_][A-Za-z0-9_]*.</summary>
    public static bool IsValidVariableName(string name) =>
        name.Length > 0 && !char.IsAsciiDigit(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    /// <summary>Quotes each argument once and joins them with single spaces.</summary>
    public static string Join(IEnumerable<string> arguments) =>
        string.Join(' ', arguments.Select(Quote));

    /// <summary>
    /// The remote command string for <paramref name="command"/>: its argv quoted, prefixed with
    /// <c>env 'NAME=value' …</c> when it carries environment variables (an ssh session does not
    /// forward the local environment, and <c>SendEnv</c> needs server cooperation), and with
    /// <c>sudo -n</c> when <paramref name="sudo"/> is set (<c>-n</c>: fail rather than prompt).
    /// </summary>
    public static string RemoteCommand(CommandLine command, bool sudo = false) => Join(RemoteWords(command, sudo));

    /// <summary>The words of <see cref="RemoteCommand"/> before quoting: <c>sudo -n</c>, <c>env
    /// NAME=value …</c>, then the argv.</summary>
    public static IReadOnlyList<string> RemoteWords(CommandLine command, bool sudo = false)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (command.Argv.IsDefaultOrEmpty)
            throw new ArgumentException("a command needs at least the program name", nameof(command));
        var words = new List<string>();
        if (sudo)
            words.AddRange(["sudo", "-n"]);
        if (!command.Environment.IsEmpty)
        {
            words.Add("env");
            foreach (var (name, value) in command.Environment)
            {
                // env splits NAME=value at the first '='; a name that is not a plain identifier
                // would be read differently (or, without '=', run as the command).
                if (!IsValidVariableName(name))
                    throw new ArgumentException($"environment variable name \"{name}\" is not a valid shell name", nameof(command));
                words.Add($"{name}={value}");
            }
        }
        // sudo, env and the program are quoted like any other word: quoting is harmless on a
        // plain word and it keeps the rule "every word quoted once" without exceptions.
        words.AddRange(command.Argv);
        return words;
    }
}
