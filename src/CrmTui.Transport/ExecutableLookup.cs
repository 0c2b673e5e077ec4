namespace CrmTui.Transport;

/// <summary>Finds a program the way <c>execvp</c> would, so "not found" is known before starting.</summary>
internal static class ExecutableLookup
{
    /// <summary>
    /// The absolute path of <paramref name="program"/>: as given when it contains a '/', otherwise
    /// the first executable match on <paramref name="path"/> (a PATH-style list). Null if none.
    /// </summary>
    public static string? Resolve(string program, string? path)
    {
        if (program.Contains('/'))
            return IsExecutableFile(program) ? Path.GetFullPath(program) : null;
        foreach (var dir in (path ?? "/usr/local/bin:/usr/bin:/bin").Split(':'))
        {
            // An empty PATH entry means the current directory, as in POSIX.
            var candidate = Path.Combine(dir.Length == 0 ? "." : dir, program);
            if (IsExecutableFile(candidate))
                return Path.GetFullPath(candidate);
        }
        return null;
    }

    private static bool IsExecutableFile(string path)
    {
        if (!File.Exists(path))
            return false;
        if (OperatingSystem.IsWindows())
            return true;
        const UnixFileMode anyExecute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        return (File.GetUnixFileMode(path) & anyExecute) != 0;
    }
}
