using System.Xml;
using CrmTui.Integration.Tests.Lab;
using CrmTui.Transport;

namespace CrmTui.Integration.Tests.LabTests;

/// <summary>Reads <c>crm_mon --output-as=xml</c> into a plain XmlDocument (the project's own
/// parser is tested elsewhere; the fixture's tests should not depend on it).</summary>
internal static class CrmMonXml
{
    public static async Task<XmlDocument> ReadAsync(ICommandRunner runner)
    {
        var result = await runner.RunAsync(CommandLine.Of("crm_mon", "--output-as=xml").WithTimeout(TimeSpan.FromSeconds(20)));
        Assert.True(result.Succeeded, $"crm_mon exited {result.ExitCode}: {result.Stderr}");
        var doc = new XmlDocument();
        doc.LoadXml(result.Stdout);
        return doc;
    }

    /// <summary>Polls crm_mon until <paramref name="settled"/> holds or 30 s pass, and returns the
    /// last document either way: tests of other areas share this lab and may have left a
    /// transition running (a restart, a cleanup) when a test here starts.</summary>
    public static async Task<XmlDocument> ReadSettledAsync(SingleNodeLab lab, Func<XmlDocument, bool> settled)
    {
        // As long as the lab's operation timeout (op_defaults 90 s): after an earlier test's standby flip the
        // Stateful clone starts and is promoted again over several transitions, which once took over 30 s in a
        // clean-clone CI run.
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            var doc = await ReadAsync(lab.Runner);
            if (settled(doc) || DateTime.UtcNow > deadline)
                return doc;
            await Task.Delay(250);
        }
    }

    public static string? Attr(XmlNode? node, string name) => node?.Attributes?[name]?.Value;

    public static XmlElement? Resource(XmlDocument doc, string id) =>
        doc.SelectSingleNode($"/pacemaker-result/resources//resource[@id='{id}']") as XmlElement;
}
