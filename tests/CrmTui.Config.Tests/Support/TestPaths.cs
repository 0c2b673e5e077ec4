namespace CrmTui.Config.Tests.Support;

/// <summary>Where the repository, its shipped fixtures, and the optional shared data live.</summary>
internal static class TestPaths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary><c>&lt;repo&gt;/../shared</c>; may not exist in a fresh clone.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));

    public static string TomlTestSuite => Path.Combine(Shared, "toml-test");

    public static string Fixtures => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CrmTui.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("CrmTui.sln not found above " + AppContext.BaseDirectory);
    }
}
