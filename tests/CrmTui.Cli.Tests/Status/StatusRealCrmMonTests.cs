using CrmTui.Cli.Verbs;
using CrmTui.TestKit.Shared;
using Xunit.Abstractions;

namespace CrmTui.Cli.Tests.Status;

/// <summary>
/// <c>--cib-file</c> through the real local runner and Debian's crm_mon (installed by
/// tests/scripts/install-test-deps.sh). Reads CIB files only: no cluster is touched. Skipped, with the reason, where crm_mon is not
/// on PATH (never under CI=true).
/// </summary>
public sealed class StatusRealCrmMonTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("crmtui-cib-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);


    // crm_mon may take a lock or write next to the file: always hand it a private copy.
    private string Copy(string file)
    {
        var copy = Path.Combine(_dir, Path.GetFileName(file));
        File.Copy(file, copy, overwrite: true);
        return copy;
    }

    [CrmMonFact]
    public async Task A_cib_file_is_read_by_the_real_crm_mon()
    {
        var (exit, text, error) = await VerbRun.RunAsync(StatusVerb.Create(), ["--cib-file", Copy(Corpus.Fixture("two-nodes.cib.xml"))]);

        Assert.True(exit == StatusExitCode.Ok, error);
        Assert.Contains("  * Node alpha: online (DC)\n  * Node beta: online\n", text);
        Assert.Contains("  * app\t(ocf:pacemaker:Dummy):\t Started alpha\n", text);
    }

    [CrmMonFact]
    public async Task Check_on_a_cib_file_warns_about_disabled_stonith()
    {
        var (exit, line, _) = await VerbRun.RunAsync(CheckVerb.Create(), ["--cib-file", Copy(Corpus.Fixture("two-nodes.cib.xml"))]);

        Assert.Equal(1, exit);
        Assert.StartsWith("CLUSTER WARNING - STONITH is disabled (stonith-enabled=false) | 'nodes_online'=2;;;0", line);
    }

    [CrmMonFact]
    public async Task A_file_that_is_not_a_cib_is_a_refusal_with_crm_mons_reason()
    {
        var bogus = Path.Combine(_dir, "bogus.xml");
        File.WriteAllText(bogus, "this is not a CIB\n");

        var (exit, text, error) = await VerbRun.RunAsync(StatusVerb.Create(), ["--cib-file", bogus]);

        Assert.Equal(StatusExitCode.Refused, exit);
        Assert.Equal("", text);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
        output.WriteLine(error);
    }

    [CrmMonFact(NeedsCorpus = true)]
    public async Task Corpus_cibs_through_the_real_crm_mon_give_the_counts_of_the_saved_outputs()
    {
        // Every 20th scheduler input: enough variety (clones, bundles, remotes, failures) for a
        // unit-test budget; the saved outputs of all of them are covered by StatusCorpusTests.
        var cibs = Directory.GetFiles(Path.Combine(Corpus.Root, "scheduler"), "*.cib.xml").Order(StringComparer.Ordinal)
            .Where((_, i) => i % 20 == 0)
            .Where(cib => File.Exists(cib.Replace(".cib.xml", ".crm_mon.xml", StringComparison.Ordinal)))
            .ToList();
        var wrong = new List<string>();
        foreach (var cib in cibs)
        {
            var (exit, json, error) = await VerbRun.RunAsync(StatusVerb.Create(), ["--cib-file", Copy(cib), "-o", "json"]);
            var expected = XmlCounts.FromXml(File.ReadAllText(cib.Replace(".cib.xml", ".crm_mon.xml", StringComparison.Ordinal)));
            if (exit != StatusExitCode.Ok)
            {
                wrong.Add($"{Path.GetFileName(cib)}: exit {exit}: {error.Trim()}");
            }
            else if (XmlCounts.FromJson(json) is var actual && actual != expected)
            {
                wrong.Add($"{Path.GetFileName(cib)}: saved {expected}, live {actual}");
            }
        }

        output.WriteLine($"{cibs.Count - wrong.Count} of {cibs.Count} CIBs give the saved output's counts");
        Assert.Empty(wrong);
    }
}
