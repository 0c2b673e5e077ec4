using System.Collections.Immutable;

namespace CrmTui.Demo;

/// <summary>The Pacemaker CLI tools the live simulation needs, and which of them a PATH lacks.</summary>
public static class PacemakerTools
{
    public static ImmutableArray<string> Required { get; } =
        ["crm_simulate", "crm_mon", "crm_attribute", "crm_resource", "crm_ticket"];

    /// <summary>
    /// Where distributions install them. Debian and its kin put them in /usr/sbin, which is not on
    /// an ordinary user's PATH; these are searched only to say so, never to run from.
    /// </summary>
    public static ImmutableArray<string> SystemDirectories { get; } = ["/usr/sbin", "/sbin", "/usr/local/sbin"];

    /// <summary>The required tools that no directory of <paramref name="path"/> (a PATH value) holds.</summary>
    public static ImmutableArray<string> Missing(string? path)
    {
        var dirs = (path ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries);
        return [.. Required.Where(tool => !dirs.Any(dir => IsExecutable(Path.Combine(dir, tool))))];
    }

    private static bool IsExecutable(string file)
    {
        if (!File.Exists(file))
            return false;
        if (OperatingSystem.IsWindows())
            return true;
        const UnixFileMode anyExecute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        return (File.GetUnixFileMode(file) & anyExecute) != 0;
    }

    /// <summary>The first of <paramref name="directories"/> that holds every one of
    /// <paramref name="tools"/>; null when none does.</summary>
    public static string? DirectoryHolding(IEnumerable<string> tools, IEnumerable<string> directories)
    {
        ArgumentNullException.ThrowIfNull(tools);
        ArgumentNullException.ThrowIfNull(directories);
        return directories.FirstOrDefault(dir => tools.All(tool => IsExecutable(Path.Combine(dir, tool))));
    }
}
