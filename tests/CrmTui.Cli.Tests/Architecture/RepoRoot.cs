namespace CrmTui.Cli.Tests.Architecture;

/// <summary>The repository root, found by walking up from the test binary to CrmTui.sln.</summary>
internal static class RepoRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "CrmTui.sln")))
                return dir.FullName;
        throw new InvalidOperationException("CrmTui.sln not found above " + AppContext.BaseDirectory);
    }
}
