using System.CommandLine;
using System.Security;
using CrmTui.Cli.Tests.Status;
using CrmTui.Cli.Verbs.Actions;
using CrmTui.Commands.Audit;
using CrmTui.TestKit.Fakes;
using CrmTui.Transport;

namespace CrmTui.Cli.Tests.Actions;

/// <summary>crm_mon XML for the action verb tests (the status fixtures, some with one fact
/// changed) and a way to run a verb from the root against a given runner.</summary>
internal static class ActionFixtures
{
    /// <summary>Two online nodes alpha and beta, a fence device, group web, promotable db-clone,
    /// ticket site-a granted, web banned from beta.</summary>
    public static string Healthy => File.ReadAllText(Corpus.Fixture("healthy.xml"));

    /// <summary>alpha with failures of app, beta unclean, gamma in standby and maintenance,
    /// delta offline, archive disabled.</summary>
    public static string Trouble => File.ReadAllText(Corpus.Fixture("trouble.xml"));

    public static string HealthyWithUnmanagedWebIp => ReplaceOnce(Healthy,
        "<resource id=\"web-ip\" resource_agent=\"ocf:heartbeat:IPaddr2\" role=\"Started\" active=\"true\" orphaned=\"false\" blocked=\"false\" managed=\"true\"",
        "<resource id=\"web-ip\" resource_agent=\"ocf:heartbeat:IPaddr2\" role=\"Started\" active=\"true\" orphaned=\"false\" blocked=\"false\" managed=\"false\"");

    public static string HealthyInMaintenanceMode => ReplaceOnce(Healthy, "maintenance-mode=\"false\"", "maintenance-mode=\"true\"");

    /// <summary>The healthy cluster with node alpha renamed (XML-escaped), for hostile names.</summary>
    public static string HealthyWithNode(string name) =>
        Healthy.Replace("name=\"alpha\"", $"name=\"{SecurityElement.Escape(name)}\"", StringComparison.Ordinal);

    /// <summary>A runner whose crm_mon answers <paramref name="xml"/>; everything else exits 0.</summary>
    public static RecordingRunner Cluster(string xml, string target = "local") =>
        new RecordingRunner(target).WhenProgram("crm_mon", stdout: xml);

    /// <summary>The verbs as the root wires them, with the given runner and a throwaway audit log.</summary>
    public static RootCommand Root(Func<Verbs.Target.ClusterTarget, ICommandRunner> runners, IAuditLog? audit = null)
    {
        var context = new ActionVerbContext(runners, () => audit ?? new MemoryAuditLog());
        var root = new RootCommand("test");
        root.Add(NodeVerb.Create(context));
        root.Add(ResourceVerb.Create(context));
        root.Add(ClusterVerb.Create(context));
        root.Add(TicketVerb.Create(context));
        return root;
    }

    public static Task<(int Exit, string Output, string Error)> RunAsync(ICommandRunner runner, params string[] args) =>
        VerbRun.RunAsync(Root(_ => runner), args);

    private static string ReplaceOnce(string text, string from, string to)
    {
        var at = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0, $"fixture lacks '{from}'");
        return text[..at] + to + text[(at + from.Length)..];
    }
}
