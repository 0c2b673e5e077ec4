using System.Text.RegularExpressions;
using CrmTui.Core.Parsing;
using CrmTui.Core.Tests.Support;
using Xunit.Abstractions;

namespace CrmTui.Core.Tests.Parsing;

/// <summary>
/// The XML blocks of upstream's crm_mon regression expectations (<c>cli/*/*.exp</c>): 2.1.5 and
/// 3.x output (newer attributes such as <c>removed</c> and <c>fencing-enabled</c>, group-by-node
/// views). Upstream normalises them (e.g. <c>last_change</c> keeps only an empty time), so a
/// schema-required attribute may be missing; writing back may add it but must lose nothing.
/// </summary>
public sealed partial class UpstreamExpectationTests(ITestOutputHelper output)
{
    [CorpusFact]
    public void Every_xml_block_of_the_upstream_expectations_parses_and_loses_nothing()
    {
        var corpus = Corpus.Require();

        var blocks = 0;
        var problems = new List<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(corpus, "cli"), "*.exp", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            foreach (Match block in Block().Matches(File.ReadAllText(file)))
            {
                blocks++;
                var snapshot = CrmMonXmlParser.Parse(block.Value);
                var written = CrmMonXmlWriter.Write(snapshot);
                if (Infoset.FirstDifference(block.Value, written, allowAdded: true) is { } difference)
                {
                    problems.Add($"{Path.GetFileName(file)} block {blocks}: {difference}");
                }
            }
        }

        output.WriteLine($"{blocks} blocks");
        Assert.True(blocks >= 50, $"only {blocks} blocks found");
        Assert.Empty(problems);
    }

    [GeneratedRegex("<pacemaker-result.*?</pacemaker-result>|<pacemaker-result[^>]*/>", RegexOptions.Singleline)]
    private static partial Regex Block();
}
