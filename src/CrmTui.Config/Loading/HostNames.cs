namespace CrmTui.Config.Loading;

/// <summary>
/// Host names, user names and ssh option values end up in an ssh argv. Anything that ssh could read as an
/// option, or that a remote shell could interpret, is refused here with a reason.
/// </summary>
internal static class HostNames
{
    private const string ShellMetacharacters = ";&|$`'\"<>()*?![]{}\\#~=,";

    /// <summary>Null when <paramref name="host"/> is a plausible host name or address; otherwise why not.</summary>
    public static string? Problem(string host, bool allowUserAndPort = false)
    {
        if (host.Length == 0)
        {
            return "is empty";
        }
        if (host[0] == '-')
        {
            return "must not start with '-' (ssh would read it as an option)";
        }
        if (host.Length > 253)
        {
            return "is longer than 253 characters";
        }
        foreach (var c in host)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                return "must not contain spaces or control characters";
            }
            if (allowUserAndPort && c is '@' or ',')
            {
                continue;
            }
            if (ShellMetacharacters.Contains(c) || c == '@')
            {
                return $"must not contain '{c}'" + (c == '@' ? " (put the user in 'ssh_user')" : " (a shell or ssh would interpret it)");
            }
            if (!(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or ':' or '%'))
            {
                return $"contains '{c}', which is not allowed in a host name (letters, digits, '.', '-', '_', ':' for IPv6)";
            }
        }
        return null;
    }

    /// <summary>Null when <paramref name="user"/> is a plain login name; otherwise why not.</summary>
    public static string? UserProblem(string user)
    {
        if (user.Length == 0)
        {
            return "is empty";
        }
        if (user[0] == '-')
        {
            return "must not start with '-' (ssh would read it as an option)";
        }
        return user.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-')
            ? null
            : "may contain only letters, digits, '.', '_' and '-'";
    }
}
