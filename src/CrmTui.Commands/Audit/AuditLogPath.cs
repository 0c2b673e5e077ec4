namespace CrmTui.Commands.Audit;

/// <summary>
/// The default audit log location, per the XDG Base Directory spec:
/// <c>$XDG_STATE_HOME/crmtui/audit.jsonl</c>, or <c>~/.local/state/crmtui/audit.jsonl</c> when the
/// variable is unset, empty or relative (the spec says relative values are to be ignored).
/// </summary>
public static class AuditLogPath
{
    public const string FileName = "audit.jsonl";

    /// <param name="getEnvironment">Reads an environment variable; injected so tests need not change the process's.</param>
    public static string Resolve(Func<string, string?> getEnvironment)
    {
        ArgumentNullException.ThrowIfNull(getEnvironment);
        var state = getEnvironment("XDG_STATE_HOME");
        if (string.IsNullOrEmpty(state) || !Path.IsPathRooted(state))
        {
            var home = getEnvironment("HOME");
            if (string.IsNullOrEmpty(home))
                home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            state = Path.Combine(home, ".local", "state");
        }
        return Path.Combine(state, "crmtui", FileName);
    }

    /// <summary>The location for the current process's environment.</summary>
    public static string Default() => Resolve(Environment.GetEnvironmentVariable);
}
