namespace CrmTui.Core.Tests.Support;

/// <summary>
/// Locates the shared corpus at <c>&lt;repo root&gt;/../shared/corpus</c>. Tests that need it return
/// early with a written reason when it is absent, so a fresh clone still passes.
/// </summary>
internal static class Corpus
{
    public const string MissingReason = "skipped: ../shared/corpus is not present next to the repository";

    public static string RepoRoot { get; } = FindRepoRoot();

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
