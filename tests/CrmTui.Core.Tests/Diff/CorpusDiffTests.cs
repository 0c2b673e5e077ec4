using CrmTui.Core.Diff;
using CrmTui.Core.Parsing;
using CrmTui.Core.Tests.Support;
using Xunit.Abstractions;

namespace CrmTui.Core.Tests.Diff;

/// <summary>
/// The differ over every crm_mon output of the shared corpus (bundles, cloned groups, remote
/// nodes, failures, tickets, fencing): no noise on an unchanged cluster, and deterministic,
/// sorted, one-line events between any two of them. Skipped when ../shared is absent.
/// </summary>
public sealed class CorpusDiffTests(ITestOutputHelper output)
{
    [CorpusFact]
    public void A_corpus_output_parsed_twice_gives_no_events()
    {
        var corpus = Corpus.Require();

        var files = Corpus.CrmMonOutputs(corpus);
        foreach (var file in files)
        {
            var xml = File.ReadAllText(file);
            var events = SnapshotDiffer.Diff(CrmMonXmlParser.Parse(xml), CrmMonXmlParser.Parse(xml));
            Assert.True(events.IsEmpty, $"{Path.GetFileName(file)}: {string.Join("; ", events)}");
        }

        output.WriteLine($"{files.Count} corpus outputs");
    }

    [CorpusFact]
    public void Diffs_between_neighbouring_corpus_outputs_are_deterministic_sorted_and_one_line()
    {
        var corpus = Corpus.Require();

        var snapshots = Corpus.CrmMonOutputs(corpus).Select(f => (Name: Path.GetFileName(f), Snapshot: CrmMonXmlParser.Parse(File.ReadAllText(f)))).ToArray();
        var total = 0;
        for (var i = 1; i < snapshots.Length; i++)
        {
            var (name, before) = snapshots[i - 1];
            var after = snapshots[i].Snapshot;

            var events = SnapshotDiffer.Diff(before, after);

            // Same input, same output; and the reverse of a change is also a change, except for
            // fence history, where only new entries are news (the history gets trimmed)
            Assert.Equal<ClusterEvent>(events, SnapshotDiffer.Diff(before, after));
            var reverse = SnapshotDiffer.Diff(after, before);
            Assert.True(
                events.All(e => e is FenceEventRecorded) == reverse.All(e => e is FenceEventRecorded),
                $"{name}→{snapshots[i].Name}: [{string.Join("; ", events)}] reverse [{string.Join("; ", reverse)}]");
            Assert.Equal<ClusterEvent>(events.OrderBy(e => e, EventOrderForTests.Instance), events);
            Assert.All(events, e => Assert.False(string.IsNullOrWhiteSpace(e.Describe()) || e.Describe().Contains('\n'), $"{name}→{snapshots[i].Name}: {e.Describe()}"));
            total += events.Length;
        }

        output.WriteLine($"{snapshots.Length - 1} pairs, {total} events");
    }

    /// <summary>The documented order (docs/events.md), restated independently of the differ's comparer.</summary>
    private sealed class EventOrderForTests : IComparer<ClusterEvent>
    {
        public static readonly EventOrderForTests Instance = new();

        public int Compare(ClusterEvent? x, ClusterEvent? y) =>
            (x!.SubjectKind, y!.SubjectKind) is var (a, b) && a != b ? a.CompareTo(b)
            : string.CompareOrdinal(x.Subject, y.Subject) is var s and not 0 ? s
            : GoesDownOrFences(x) != GoesDownOrFences(y) ? (GoesDownOrFences(x) ? -1 : 1)
            : x.Kind != y.Kind ? x.Kind.CompareTo(y.Kind)
            : string.CompareOrdinal(x.Detail, y.Detail) is var d and not 0 ? d
            : string.CompareOrdinal(x.Describe(), y.Describe());

        private static bool GoesDownOrFences(ClusterEvent e) =>
            e is FenceEventRecorded || (e is NodeStateChanged n && (!n.To.Online || n.To.Unclean));
    }
}
