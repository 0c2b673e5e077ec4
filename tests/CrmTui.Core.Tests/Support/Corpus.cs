namespace CrmTui.Core.Tests.Support;

/// <summary>
/// Locates the shared corpus at <c>&lt;repo root&gt;/../shared/corpus</c>. Tests that need it are
/// <see cref="CorpusFactAttribute"/>s: Skipped, with the reason, when it is absent.
/// </summary>
internal static class Corpus
{
    public static string MissingReason => $"the shared corpus is not at {Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "corpus"))} (../shared sits next to the repository and is not part of a clone)";

    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>The corpus directory; throws with <see cref="MissingReason"/> when it is absent.</summary>
    public static string Require() => Directory ?? throw new InvalidOperationException(MissingReason);

    public static string? Directory
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "corpus"));
            return System.IO.Directory.Exists(Path.Combine(path, "scheduler")) ? path : null;
        }
    }

    public static string FixturesDirectory => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    /// <summary>Every crm_mon XML output of the corpus (scheduler, cli, live), refusals excluded.</summary>
    public static IReadOnlyList<string> CrmMonOutputs(string corpus)
    {
        var files = new List<string>();
        files.AddRange(System.IO.Directory.GetFiles(Path.Combine(corpus, "scheduler"), "*.crm_mon.xml"));
        files.AddRange(System.IO.Directory.GetFiles(Path.Combine(corpus, "cli"), "*.crm_mon.xml", SearchOption.AllDirectories));
        files.AddRange(System.IO.Directory.GetFiles(Path.Combine(corpus, "live"), "*.xml"));
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    public static IReadOnlyList<string> Refusals(string corpus) =>
        [.. System.IO.Directory.GetFiles(Path.Combine(corpus, "scheduler"), "*.crm_mon.refused.xml").Order(StringComparer.Ordinal)];

    public static IReadOnlyList<string> Fixtures() =>
        [.. System.IO.Directory.GetFiles(FixturesDirectory, "*.xml").Order(StringComparer.Ordinal)];

    public static string Fixture(string name) => File.ReadAllText(Path.Combine(FixturesDirectory, name));

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CrmTui.sln")))
            {
                return dir.FullName;
            }
        }

        return AppContext.BaseDirectory;
    }
}
