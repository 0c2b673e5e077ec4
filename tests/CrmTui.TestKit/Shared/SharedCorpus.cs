namespace CrmTui.TestKit.Shared;

/// <summary>
/// The shared crm_mon corpus at <c>&lt;repo root&gt;/../shared/corpus</c> (GPL test data: read in
/// place, never copied into the repository). A plain clone does not have it: tests that read it
/// carry <see cref="CorpusFactAttribute"/> or <see cref="CorpusTheoryAttribute"/>, which report
/// them as Skipped with <see cref="MissingReason"/> at discovery instead of letting them pass.
/// </summary>
public static class SharedCorpus
{
    /// <summary>The repository root: the first directory above the test binaries with CrmTui.sln.</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>Where the corpus is expected, whether or not it is there.</summary>
    public static string Root { get; } = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "corpus"));

    /// <summary>Why the corpus cannot be read here, or null when it can.</summary>
    public static string? MissingReason =>
        Directory.Exists(Path.Combine(Root, "scheduler")) && Directory.Exists(Path.Combine(Root, "live"))
            ? null
            : $"the shared corpus is not at {Root} (../shared sits next to the repository and is not part of a clone)";

    /// <summary>The corpus directory; throws with <see cref="MissingReason"/> when it is absent, so
    /// a test that was not skipped at discovery fails instead of passing on nothing.</summary>
    public static string Require() =>
        MissingReason is { } reason ? throw new InvalidOperationException(reason) : Root;

    /// <summary>A file of the corpus by its path inside it (<c>live/lab-healthy.crm_mon.xml</c>).</summary>
    public static string File(string relativePath) => Path.Combine(Require(), relativePath);

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "CrmTui.sln")))
                return dir.FullName;
        }
        return AppContext.BaseDirectory;
    }
}
