namespace CrmTui.Commands.Tests.Support;

internal static class RepoRoot
{
    /// <summary>The directory holding CrmTui.sln, found by walking up from the test assembly.</summary>
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CrmTui.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException($"no CrmTui.sln above {AppContext.BaseDirectory}");
    }
}
