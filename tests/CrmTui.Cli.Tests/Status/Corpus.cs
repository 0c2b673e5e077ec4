using CrmTui.Cli.Tests.Architecture;
using CrmTui.TestKit.Shared;

namespace CrmTui.Cli.Tests.Status;

/// <summary>
/// The shared crm_mon corpus (<c>&lt;repo&gt;/../shared/corpus</c>, GPL test data: read, never copied).
/// Absent in a plain clone: tests that read it are <see cref="CorpusFactAttribute"/>s, Skipped with the reason.
/// </summary>
internal static class Corpus
{
    /// <summary>The corpus directory; throws with the reason when it is absent.</summary>
    public static string Root => SharedCorpus.Require();

    /// <summary>Every crm_mon XML output of the development set: scheduler/*.crm_mon.xml and cli/*/*.crm_mon.xml.</summary>
    public static IReadOnlyList<string> CrmMonXmlFiles() =>
        Directory.GetFiles(Path.Combine(Root, "scheduler"), "*.crm_mon.xml")
            .Concat(Directory.GetDirectories(Path.Combine(Root, "cli")).SelectMany(d => Directory.GetFiles(d, "*.crm_mon.xml")))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>crm_mon's own rich text output next to an XML output (same name, <c>.crm_mon.txt</c>).</summary>
    public static string TextFor(string xmlFile) => xmlFile[..^".xml".Length] + ".txt";

    /// <summary>The fixtures this project ships (hand-written, not from the corpus).</summary>
    public static string Fixture(string name) => Path.Combine(RepoRoot.Path, "tests", "CrmTui.Cli.Tests", "Status", "Fixtures", name);
}
