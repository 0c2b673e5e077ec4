using CrmTui.Core.Parsing;
using CrmTui.Tui.Tests.Support;
using Xunit.Abstractions;

namespace CrmTui.Tui.Tests.App;

// Screens for real crm_mon output from ../shared/corpus (GPL test data: read here, never copied
// into the repo). A fresh clone without ../shared skips these and says so.
public sealed class CorpusScreenTests(ITestOutputHelper output)
{
    public static TheoryData<string, int, int> Cases()
    {
        var data = new TheoryData<string, int, int>();
        foreach (var file in (string[])
        [
            "live/lab-healthy",
            "live/lab-node3-unclean",
            "live/lab-fenced-node3",
            "scheduler/bug-rh-1097457",
            "scheduler/bundle-connection-with-container",
            "scheduler/node-maintenance-1",
            "scheduler/11-a-then-bm-b-move-a-clone-starting",
        ])
        {
            data.Add(file, 80, 24);
            data.Add(file, 160, 48);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Nodes_view_of_a_corpus_cluster(string file, int w, int h)
    {
        var path = Path.Combine(RepoPaths.Root(), "..", "shared", "corpus", file + ".crm_mon.xml");
        if (!File.Exists(path))
        {
            output.WriteLine($"skipped: {path} is not there (the shared corpus is absent in this checkout)");
            return;
        }
        var snapshot = CrmMonXmlParser.Parse(File.ReadAllText(path));

        var harness = TuiHarness.Start(w, h, snapshot).Press("j");

        harness.AssertScreen($"Corpus/{file.Replace('/', '-')}-{w}x{h}");
    }
}
