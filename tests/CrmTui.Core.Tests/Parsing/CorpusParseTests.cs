using CrmTui.Core.Model;
using CrmTui.Core.Parsing;
using CrmTui.Core.Tests.Support;
using Xunit.Abstractions;

namespace CrmTui.Core.Tests.Parsing;

public sealed class CorpusParseTests(ITestOutputHelper output)
{
    [CorpusFact]
    public void Every_corpus_output_parses_with_counts_equal_to_a_plain_walk_of_the_xml()
    {
        var corpus = Corpus.Require();

        var files = Corpus.CrmMonOutputs(corpus);
        Assert.True(files.Count >= 595 + 5, $"expected the whole corpus, found {files.Count} files");
        var failures = new List<string>();
        foreach (var file in files)
        {
            var snapshot = CrmMonXmlParser.Parse(File.ReadAllText(file));
            var expected = XmlCounts.Of(file);
            var actual = new XmlCounts(
                snapshot.Nodes.Length,
                snapshot.AllPrimitives().Count(),
                snapshot.Failures.Length,
                snapshot.AllNodeAttributes().Count(),
                snapshot.AllOperations().Count(),
                snapshot.Tickets.Length,
                snapshot.Bans.Length,
                snapshot.FenceHistory.Length);
            if (expected != actual)
            {
                failures.Add($"{Path.GetFileName(file)}: xml {expected} parsed {actual}");
            }

            if (snapshot.HasErrors || snapshot.IsRefusal || snapshot.Summary is null)
            {
                failures.Add($"{Path.GetFileName(file)}: a normal output reads as an error");
            }
        }

        output.WriteLine($"{files.Count} files parsed");
        Assert.Empty(failures);
    }

    [CorpusFact]
    public void Refused_outputs_parse_as_refusals_carrying_the_error_text()
    {
        var corpus = Corpus.Require();

        var files = Corpus.Refusals(corpus);
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var snapshot = CrmMonXmlParser.Parse(File.ReadAllText(file));
            Assert.True(snapshot.IsRefusal, file);
            Assert.True(snapshot.HasErrors, file);
            Assert.Null(snapshot.Summary);
            Assert.StartsWith("Could not connect to the CIB", snapshot.ErrorMessage);
        }
    }

    [CorpusFact]
    public void Every_corpus_time_and_duration_is_understood()
    {
        var corpus = Corpus.Require();

        var unparsed = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in Corpus.CrmMonOutputs(corpus))
        {
            var s = CrmMonXmlParser.Parse(File.ReadAllText(file));
            var times = new List<CrmTime?> { s.Summary?.LastUpdate?.Time, s.Summary?.LastChange?.Time, s.Pacemakerd?.LastUpdated };
            var durations = new List<CrmDuration?>();
            foreach (var op in s.AllOperations())
            {
                times.Add(op.Operation.LastRcChange);
                durations.AddRange([op.Operation.Interval, op.Operation.ExecTime, op.Operation.QueueTime]);
            }

            times.AddRange(s.NodeHistory.SelectMany(n => n.Resources).Select(r => r.LastFailure));
            times.AddRange(s.Failures.Select(f => f.LastRcChange));
            durations.AddRange(s.Failures.SelectMany(f => new[] { f.Queued, f.Exec, f.Interval }));
            times.AddRange(s.FenceHistory.Select(f => f.Completed));
            // An empty time (last_change of a CIB that was never changed) is "no time", not a format.
            unparsed.UnionWith(times.Where(t => t is { Value: null } && t.Value.Raw.Length > 0).Select(t => "time " + t!.Value.Raw));
            unparsed.UnionWith(durations.Where(d => d is { Value: null }).Select(d => "duration " + d!.Value.Raw));
        }

        Assert.Empty(unparsed);
    }
}
