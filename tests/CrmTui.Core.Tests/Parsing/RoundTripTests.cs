using CrmTui.Core.Parsing;
using CrmTui.Core.Tests.Support;
using Xunit.Abstractions;

namespace CrmTui.Core.Tests.Parsing;

/// <summary>
/// Completeness: writing a parsed snapshot back gives the same infoset, so every element and
/// attribute of the input is represented in the snapshot (typed or kept raw).
/// </summary>
public sealed class RoundTripTests(ITestOutputHelper output)
{
    [CorpusFact]
    public void Every_corpus_file_round_trips_to_the_same_infoset()
    {
        var corpus = Corpus.Require();

        var files = Corpus.CrmMonOutputs(corpus).Concat(Corpus.Refusals(corpus)).ToList();
        var differences = new List<string>();
        foreach (var file in files)
        {
            var xml = File.ReadAllText(file);
            var written = CrmMonXmlWriter.Write(CrmMonXmlParser.Parse(xml));
            if (Infoset.FirstDifference(xml, written) is { } difference)
            {
                differences.Add($"{Path.GetFileName(file)}: {difference}");
            }
        }

        output.WriteLine($"{files.Count} files compared");
        Assert.Empty(differences);
    }

    [CorpusFact]
    public void Writing_a_parsed_crm_mon_output_reproduces_its_bytes()
    {
        var corpus = Corpus.Require();

        // The writer follows crm_mon's own layout (2-space indent, attribute order), so a
        // recorded snapshot replays as the very text crm_mon printed.
        var files = Corpus.CrmMonOutputs(corpus).Concat(Corpus.Refusals(corpus)).ToList();
        var differing = files.Where(f => File.ReadAllText(f) != CrmMonXmlWriter.Write(CrmMonXmlParser.Parse(File.ReadAllText(f))));

        Assert.Empty(differing.Select(Path.GetFileName));
    }

    [Fact]
    public void Every_fixture_round_trips_to_the_same_infoset()
    {
        var fixtures = Corpus.Fixtures();
        Assert.NotEmpty(fixtures);
        foreach (var file in fixtures)
        {
            var xml = File.ReadAllText(file);
            var written = CrmMonXmlWriter.Write(CrmMonXmlParser.Parse(xml));
            Assert.True(Infoset.FirstDifference(xml, written) is null, $"{Path.GetFileName(file)}: {Infoset.FirstDifference(xml, written)}");
        }
    }

    [Fact]
    public void A_written_snapshot_parses_back_to_the_same_xml()
    {
        foreach (var file in Corpus.Fixtures())
        {
            var once = CrmMonXmlWriter.Write(CrmMonXmlParser.Parse(File.ReadAllText(file)));
            var twice = CrmMonXmlWriter.Write(CrmMonXmlParser.Parse(once));
            Assert.Equal(once, twice);
        }
    }
}
