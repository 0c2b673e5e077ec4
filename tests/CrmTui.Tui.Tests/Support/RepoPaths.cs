using System.Runtime.CompilerServices;

namespace CrmTui.Tui.Tests.Support;

/// <summary>Paths in the source checkout, found from this file's compile-time location.</summary>
public static class RepoPaths
{
    public static string Root([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", ".."));

    public static bool UpdateRequested { get; } = Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1";
}
