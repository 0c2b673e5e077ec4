using CrmTui.Core.Parsing;
using CrmTui.TestKit.Shared;
using CrmTui.Tui.Tests.Support;

namespace CrmTui.Tui.Tests.App;

// Screens for real crm_mon output from ../shared/corpus (GPL test data: read here, never copied
// into the repo). A fresh clone without ../shared reports these as Skipped, with the reason.
public sealed class CorpusScreenTests
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

    [CorpusTheory]
    [MemberData(nameof(Cases))]
    public void Nodes_view_of_a_corpus_cluster(string file, int w, int h)
    {
        var snapshot = CrmMonXmlParser.Parse(File.ReadAllText(SharedCorpus.File(file + ".crm_mon.xml")));

        var harness = TuiHarness.Start(w, h, snapshot).Press("j");

        harness.AssertScreen($"Corpus/{file.Replace('/', '-')}-{w}x{h}");
    }
}
