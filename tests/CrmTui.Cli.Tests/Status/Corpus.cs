using CrmTui.Cli.Tests.Architecture;
using Xunit.Abstractions;

namespace CrmTui.Cli.Tests.Status;

/// <summary>
/// The shared crm_mon corpus (<c>&lt;repo&gt;/../shared/corpus</c>, GPL test data: read, never copied).
/// Absent in a plain clone; tests then say so and return.
/// </summary>
internal static class Corpus
{
    public static string Root { get; } = Path.GetFullPath(Path.Combine(RepoRoot.Path, "..", "shared", "corpus"));

    public static bool Available(ITestOutputHelper output)
    {
        if (Directory.Exists(Path.Combine(Root, "scheduler")))
        {
            return true;
        }

        output.WriteLine($"SKIPPED: the shared corpus is not at {Root}; the fixture tests still cover the verb.");
        return false;
    }

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
