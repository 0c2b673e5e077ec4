namespace CrmTui.Integration.Tests.Demo;

/// <summary>The git checkout the tests were built from: the directory above the test assembly
/// that holds CrmTui.sln, install.sh and .git (a directory, or a file in a worktree).</summary>
public static class Checkout
{
    private static readonly Lazy<string?> s_root = new(Find);

    public static string? Root => s_root.Value;

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "CrmTui.sln")))
                continue;
            var git = Path.Combine(dir.FullName, ".git");
            var hasGit = Directory.Exists(git) || File.Exists(git);
            return hasGit && File.Exists(Path.Combine(dir.FullName, "install.sh")) ? dir.FullName : null;
        }
        return null;
    }
}
