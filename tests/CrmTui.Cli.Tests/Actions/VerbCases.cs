namespace CrmTui.Cli.Tests.Actions;

/// <summary>
/// One invocation of every action verb (and every form of it) with a cluster on which it is
/// available, and the argv it must send. Shared by the argv and the read-only tests; a test
/// checks that every leaf verb of the tree appears here.
/// </summary>
public static class VerbCases
{
    public sealed record Case(string[] Args, string Xml, string[] Argv)
    {
        public override string ToString() => string.Join(' ', Args);
    }

    private static readonly string[] CrmAttr = ["crm_attribute", "--output-as=xml"];
    private static readonly string[] CrmRes = ["crm_resource", "--output-as=xml"];

    public static IReadOnlyList<Case> All { get; } =
    [
        new(["node", "standby", "alpha"], ActionFixtures.Healthy,
            [.. CrmAttr, "--node=alpha", "--name=standby", "--update=on", "--lifetime=forever"]),
        new(["node", "standby", "alpha", "--lifetime", "reboot"], ActionFixtures.Healthy,
            [.. CrmAttr, "--node=alpha", "--name=standby", "--update=on", "--lifetime=reboot"]),
        new(["node", "unstandby", "gamma"], ActionFixtures.Trouble,
            [.. CrmAttr, "--node=gamma", "--name=standby", "--delete", "--lifetime=forever"]),
        new(["node", "unstandby", "gamma", "--lifetime", "reboot"], ActionFixtures.Trouble,
            [.. CrmAttr, "--node=gamma", "--name=standby", "--delete", "--lifetime=reboot"]),
        new(["node", "maintenance", "alpha"], ActionFixtures.Healthy,
            [.. CrmAttr, "--node=alpha", "--name=maintenance", "--update=on", "--lifetime=forever"]),
        new(["node", "ready", "gamma"], ActionFixtures.Trouble,
            [.. CrmAttr, "--node=gamma", "--name=maintenance", "--delete", "--lifetime=forever"]),
        new(["node", "fence", "beta", "--yes"], ActionFixtures.Healthy,
            ["stonith_admin", "--output-as=xml", "--reboot=beta"]),
        new(["node", "fence", "beta", "--action", "off", "--yes"], ActionFixtures.Healthy,
            ["stonith_admin", "--output-as=xml", "--fence=beta"]),
        new(["node", "confirm", "delta", "--yes"], ActionFixtures.Trouble,
            ["stonith_admin", "--output-as=xml", "--confirm=delta"]),
        new(["resource", "cleanup"], ActionFixtures.Trouble, [.. CrmRes, "--cleanup"]),
        new(["resource", "cleanup", "app"], ActionFixtures.Trouble, [.. CrmRes, "--cleanup", "--resource=app"]),
        new(["resource", "cleanup", "app", "--node", "alpha"], ActionFixtures.Trouble,
            [.. CrmRes, "--cleanup", "--resource=app", "--node=alpha"]),
        new(["resource", "cleanup", "app", "--node", "alpha", "--operation", "monitor", "--interval", "10s"], ActionFixtures.Trouble,
            [.. CrmRes, "--cleanup", "--resource=app", "--node=alpha", "--operation=monitor", "--interval=10000ms"]),
        new(["resource", "cleanup", "report", "--node", "alpha", "--operation", "start"], ActionFixtures.Trouble,
            [.. CrmRes, "--cleanup", "--resource=report", "--node=alpha", "--operation=start", "--interval=0ms"]),
        new(["resource", "refresh"], ActionFixtures.Healthy, [.. CrmRes, "--refresh"]),
        new(["resource", "refresh", "web-ip", "--node", "alpha"], ActionFixtures.Healthy,
            [.. CrmRes, "--refresh", "--resource=web-ip", "--node=alpha"]),
        new(["resource", "move", "web-ip", "--node", "beta"], ActionFixtures.Healthy,
            [.. CrmRes, "--move", "--resource=web-ip", "--node=beta"]),
        new(["resource", "move", "web-ip"], ActionFixtures.Healthy, [.. CrmRes, "--move", "--resource=web-ip"]),
        new(["resource", "move", "db-clone", "--promoted", "--lifetime", "PT10M"], ActionFixtures.Healthy,
            [.. CrmRes, "--move", "--resource=db-clone", "--lifetime=PT10M", "--promoted"]),
        new(["resource", "ban", "web-ip", "--node", "beta", "--lifetime", "PT1H"], ActionFixtures.Healthy,
            [.. CrmRes, "--ban", "--resource=web-ip", "--node=beta", "--lifetime=PT1H"]),
        new(["resource", "ban", "web-ip"], ActionFixtures.Healthy, [.. CrmRes, "--ban", "--resource=web-ip"]),
        new(["resource", "clear", "web"], ActionFixtures.Healthy, [.. CrmRes, "--clear", "--resource=web"]),
        new(["resource", "clear", "db-clone", "--node", "alpha", "--promoted"], ActionFixtures.Healthy,
            [.. CrmRes, "--clear", "--resource=db-clone", "--node=alpha", "--promoted"]),
        new(["resource", "clear", "--expired"], ActionFixtures.Healthy, [.. CrmRes, "--clear", "--expired"]),
        new(["resource", "clear", "web", "--expired"], ActionFixtures.Healthy, [.. CrmRes, "--clear", "--expired", "--resource=web"]),
        new(["resource", "enable", "archive"], ActionFixtures.Trouble,
            [.. CrmRes, "--resource=archive", "--meta", "--set-parameter=target-role", "--parameter-value=Started"]),
        new(["resource", "disable", "web-ip"], ActionFixtures.Healthy,
            [.. CrmRes, "--resource=web-ip", "--meta", "--set-parameter=target-role", "--parameter-value=Stopped"]),
        new(["resource", "manage", "web-ip"], ActionFixtures.HealthyWithUnmanagedWebIp,
            [.. CrmRes, "--resource=web-ip", "--meta", "--set-parameter=is-managed", "--parameter-value=true"]),
        new(["resource", "unmanage", "web-ip"], ActionFixtures.Healthy,
            [.. CrmRes, "--resource=web-ip", "--meta", "--set-parameter=is-managed", "--parameter-value=false"]),
        new(["resource", "restart", "web-ip"], ActionFixtures.Healthy, [.. CrmRes, "--restart", "--resource=web-ip"]),
        new(["cluster", "maintenance", "on"], ActionFixtures.Healthy,
            [.. CrmAttr, "--type=crm_config", "--name=maintenance-mode", "--update=true"]),
        new(["cluster", "maintenance", "off"], ActionFixtures.HealthyInMaintenanceMode,
            [.. CrmAttr, "--type=crm_config", "--name=maintenance-mode", "--update=false"]),
        new(["ticket", "grant", "site-b", "--yes"], ActionFixtures.Healthy, ["crm_ticket", "--ticket=site-b", "--grant", "--force"]),
        new(["ticket", "revoke", "site-a", "--yes"], ActionFixtures.Healthy, ["crm_ticket", "--ticket=site-a", "--revoke", "--force"]),
    ];

    public static TheoryData<Case> Data()
    {
        var data = new TheoryData<Case>();
        foreach (var c in All)
            data.Add(c);
        return data;
    }
}
