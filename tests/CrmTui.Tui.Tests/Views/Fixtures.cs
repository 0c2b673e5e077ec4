using CrmTui.Core.Model;
using CrmTui.Core.Parsing;
using CrmTui.Tui.Tests.Support;

namespace CrmTui.Tui.Tests.Views;

/// <summary>The crm_mon XML fixtures in <c>Fixtures/crm_mon/</c> (their origin is in its README).</summary>
internal static class Fixtures
{
    public static ClusterSnapshot Load(string name) =>
        CrmMonXmlParser.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root(), "tests", "CrmTui.Tui.Tests", "Fixtures", "crm_mon", name + ".xml")));
}
