using CrmTui.Core.Model;
using CrmTui.Core.Parsing;
using CrmTui.Core.Tests.Support;

namespace CrmTui.Core.Tests.Diff;

/// <summary>
/// A CIB file in a private temp directory that tests change with Pacemaker's tools, taking a
/// crm_mon snapshot before and after. Nothing here talks to a cluster.
/// </summary>
internal sealed class CibLab : IDisposable
{
    private readonly string _dir;
    private int _step;

    private CibLab(string cib)
    {
        _dir = Directory.CreateTempSubdirectory("crmtui-diff-").FullName;
        Cib = Path.Combine(_dir, "cib.xml");
        File.Copy(cib, Cib);
    }

    /// <summary>The CIB file every tool call works on.</summary>
    public string Cib { get; }

    public static string FixturePath(string name) =>
        Path.Combine(Corpus.RepoRoot, "tests", "CrmTui.Core.Tests", "Diff", "Fixtures", name);

    /// <summary>A lab on the shipped fixture, settled: the scheduler has run once and its transition is applied.</summary>
    public static CibLab Settled(string fixture = "three-node.cib.xml")
    {
        var lab = new CibLab(FixturePath(fixture));
        lab.Simulate();
        return lab;
    }

    /// <summary><c>crm_mon --output-as=xml</c> on the current CIB, parsed.</summary>
    public ClusterSnapshot Snapshot() => CrmMonXmlParser.Parse(PacemakerTools.Run(Cib, "crm_mon", "--output-as=xml"));

    /// <summary>Runs a tool on the CIB file in place (crm_attribute, crm_resource, crm_ticket).</summary>
    public void Tool(string program, params string[] args) => PacemakerTools.Run(Cib, program, args);

    /// <summary>
    /// <c>crm_simulate -x cib -O out</c> with the given injections; with <paramref name="run"/>
    /// (<c>-S</c>) the scheduler also runs and its transition is applied. The output replaces the CIB.
    /// </summary>
    public void Simulate(bool run = true, params string[] injections)
    {
        var output = Path.Combine(_dir, $"step{++_step}.xml");
        string[] args = [.. run ? ["-S"] : Array.Empty<string>(), "-x", Cib, "-O", output, .. injections];
        PacemakerTools.Run(Cib, "crm_simulate", args);
        File.Copy(output, Cib, overwrite: true);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp directory is harmless.
        }
    }
}
