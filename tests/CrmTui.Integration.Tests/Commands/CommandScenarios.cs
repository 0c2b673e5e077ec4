using CrmTui.Commands;
using CrmTui.Commands.Execution;
using CrmTui.Commands.Actions.Cluster;
using CrmTui.Commands.Actions.Nodes;
using CrmTui.Commands.Actions.Resources;
using CrmTui.Commands.Actions.Tickets;
using CrmTui.Core.Model;
using CrmTui.Integration.Tests.Lab;
using Xunit.Abstractions;

namespace CrmTui.Integration.Tests.Commands;

/// <summary>
/// Every action of the command layer against the real lab cluster, each verified in the next
/// crm_mon XML parsed with the project's parser. The scenarios run once per transport (the
/// subclasses); each leaves the lab as it found it, and repairs it if an assertion failed
/// halfway, because the other lab tests share the cluster.
/// </summary>
public abstract class CommandScenarios(SingleNodeLab lab, ITestOutputHelper output, string transport)
{
    private const string Resource = "dummy2";
    private const string FailingResource = "dummy1";

    [LabFact]
    public Task Standby_and_unstandby_show_in_the_node_state() => WithLab(async cluster =>
    {
        await cluster.RunAsync(new StandbyNode(cluster.Node));
        await cluster.WaitForAsync("node in standby", s => s.Node(cluster.Node).Standby);

        await cluster.RunAsync(new UnstandbyNode(cluster.Node));
        await cluster.WaitForAsync("node out of standby and dummy2 started",
            s => !s.Node(cluster.Node).Standby && s.IsStarted(Resource));
    });

    [LabFact]
    public Task Standby_until_reboot_is_undone_by_unstandby_of_the_same_lifetime() => WithLab(async cluster =>
    {
        await cluster.RunAsync(new StandbyNode(cluster.Node, AttributeLifetime.Reboot));
        await cluster.WaitForAsync("node in standby", s => s.Node(cluster.Node).Standby);

        await cluster.RunAsync(new UnstandbyNode(cluster.Node, AttributeLifetime.Reboot));
        await cluster.WaitForAsync("node out of standby", s => !s.Node(cluster.Node).Standby);
    });

    [LabFact]
    public Task Node_maintenance_on_and_off_show_in_the_node_state() => WithLab(async cluster =>
    {
        await cluster.RunAsync(new NodeMaintenance(cluster.Node, On: true));
        await cluster.WaitForAsync("node in maintenance", s => s.Node(cluster.Node).Maintenance);

        await cluster.RunAsync(new NodeMaintenance(cluster.Node, On: false));
        await cluster.WaitForAsync("node out of maintenance", s => !s.Node(cluster.Node).Maintenance);
    });

    [LabFact]
    public Task Cluster_maintenance_mode_on_and_off_show_in_the_cluster_options() => WithLab(async cluster =>
    {
        await cluster.RunAsync(new ClusterMaintenance(On: true));
        var on = await cluster.WaitForAsync("maintenance mode on", s => s.Summary?.Options?.MaintenanceMode == true);
        Assert.False(on.Primitive(Resource)!.Managed);

        await cluster.RunAsync(new ClusterMaintenance(On: false));
        await cluster.WaitForAsync("maintenance mode off", s => s.Summary?.Options?.MaintenanceMode == false);
    });

    [LabFact]
    public Task A_failure_is_cleaned_up_and_its_fail_count_reset() => WithLab(async cluster =>
    {
        // Given a failure reported with crm_resource --fail
        var fail = await cluster.RawAsync("crm_resource", "--fail", "--resource", FailingResource, "--node", cluster.Node);
        Assert.True(fail.Succeeded, fail.Stderr);
        var failed = await cluster.WaitForAsync("failure recorded and recovered", FailureRecorded);
        var failure = failed.Failures.First(f => f.Resource == FailingResource);

        // When that failed operation is cleaned up
        var choice = ActionCatalog.ForFailure(failed, failure)[0];
        Assert.True(choice.Available, choice.DisabledReason);
        await cluster.RunAsync(choice.Action);

        // Then it is gone from the failures and the fail count is back to zero
        await cluster.WaitForAsync("failure gone and fail count reset",
            s => !s.Failures.Any(f => f.Resource == FailingResource)
                && (s.History(cluster.Node, FailingResource)?.FailCountValue ?? 0) == 0
                && s.IsStarted(FailingResource));
    });

    [LabFact]
    public Task Cleanup_of_a_whole_resource_clears_its_failures() => WithLab(async cluster =>
    {
        var fail = await cluster.RawAsync("crm_resource", "--fail", "--resource", FailingResource, "--node", cluster.Node);
        Assert.True(fail.Succeeded, fail.Stderr);
        await cluster.WaitForAsync("failure recorded and recovered", FailureRecorded);

        await cluster.RunAsync(new CleanupResource(FailingResource, cluster.Node));

        await cluster.WaitForAsync("failure gone",
            s => !s.Failures.Any(f => f.Resource == FailingResource) && s.IsStarted(FailingResource));
    });

    [LabFact]
    public Task Refresh_replaces_the_resources_operation_history() => WithLab(async cluster =>
    {
        var before = (await cluster.SnapshotAsync()).MaxCall(cluster.Node, Resource);
        Assert.True(before > 0, "dummy2 has no operation history to refresh");

        await cluster.RunAsync(new RefreshResource(Resource));

        // A re-probed resource has a new history: every call id is above the old ones.
        await cluster.WaitForAsync("history replaced by a new probe",
            s => s.History(cluster.Node, Resource) is { Operations.IsEmpty: false } h
                && h.Operations.All(o => o.Call > before) && s.IsStarted(Resource));
    });

    [LabFact]
    public Task Ban_stops_the_resource_on_the_only_node_and_clear_starts_it_again() => WithLab(async cluster =>
    {
        await cluster.RunAsync(new BanResource(Resource, cluster.Node));
        var banned = await cluster.WaitForAsync("dummy2 stopped", s => s.IsStopped(Resource));
        Assert.Contains(banned.Bans, b => b.Resource == Resource && b.Node == cluster.Node);

        await cluster.RunAsync(new ClearResource(Resource));
        var cleared = await cluster.WaitForAsync("dummy2 started", s => s.IsStarted(Resource));
        Assert.DoesNotContain(cleared.Bans, b => b.Resource == Resource);
    });

    [LabFact]
    public Task Move_with_a_lifetime_creates_an_expiring_constraint() => WithLab(async cluster =>
    {
        // On one node "move away" is the only move there is: a ban of the current node.
        await cluster.RunAsync(new MoveResource(Resource, Lifetime: "PT30M"));

        var constraints = await cluster.RawAsync("cibadmin", "--query", "--scope", "constraints");
        Assert.True(constraints.Succeeded, constraints.Stderr);
        output.WriteLine(constraints.Stdout);
        Assert.Contains($"id=\"cli-ban-{Resource}-on-{cluster.Node}\"", constraints.Stdout);
        Assert.Contains("date_expression", constraints.Stdout);
        await cluster.WaitForAsync("dummy2 stopped by the move", s => s.IsStopped(Resource));

        await cluster.RunAsync(new ClearResource(Resource));
        await cluster.WaitForAsync("dummy2 started", s => s.IsStarted(Resource));
        var after = await cluster.RawAsync("cibadmin", "--query", "--scope", "constraints");
        Assert.DoesNotContain($"cli-ban-{Resource}", after.Stdout);
    });

    [LabFact]
    public Task Disable_stops_the_resource_and_enable_starts_it() => WithLab(async cluster =>
    {
        await cluster.RunAsync(new DisableResource(Resource));
        var disabled = await cluster.WaitForAsync("dummy2 stopped", s => s.IsStopped(Resource));
        Assert.Equal("Stopped", disabled.Primitive(Resource)!.TargetRole);

        await cluster.RunAsync(new EnableResource(Resource));
        await cluster.WaitForAsync("dummy2 started", s => s.IsStarted(Resource));
    });

    [LabFact]
    public Task Unmanage_and_manage_show_in_the_resource_state() => WithLab(async cluster =>
    {
        await cluster.RunAsync(new UnmanageResource(Resource));
        await cluster.WaitForAsync("dummy2 unmanaged", s => s.Primitive(Resource) is { Managed: false });

        await cluster.RunAsync(new ManageResource(Resource));
        await cluster.WaitForAsync("dummy2 managed", s => s.Primitive(Resource) is { Managed: true } && s.IsStarted(Resource));
    });

    [LabFact]
    public Task Restart_stops_and_starts_the_resource_again() => WithLab(async cluster =>
    {
        var before = (await cluster.SnapshotAsync()).MaxCall(cluster.Node, Resource);

        await cluster.RunAsync(new RestartResource(Resource));

        // crm_resource --restart returns once the resource is back; the history keeps only the
        // latest operations, so the proof of a restart is a start newer than anything before.
        await cluster.WaitForAsync("dummy2 started by a new start operation",
            s => s.IsStarted(Resource) && s.History(cluster.Node, Resource) is { } h
                && h.Operations.Any(o => o.Task == "start" && o.Call > before));
    });

    [LabFact]
    public Task A_ticket_is_granted_and_revoked() => WithLab(async cluster =>
    {
        // No rsc_ticket constraint uses this ticket, so granting and revoking it moves nothing.
        const string ticket = "crmtui-it-ticket";
        try
        {
            await cluster.RunAsync(new GrantTicket(ticket));
            await cluster.WaitForAsync("ticket granted", s => s.Tickets.Any(t => t.Id == ticket && t.Granted));

            await cluster.RunAsync(new RevokeTicket(ticket));
            await cluster.WaitForAsync("ticket revoked", s => s.Tickets.Any(t => t.Id == ticket && !t.Granted));
        }
        finally
        {
            await cluster.RawAsync("crm_ticket", "--ticket", ticket, "--cleanup", "--force");
        }
    });

    [LabFact]
    public Task A_hostile_resource_name_reaches_the_tool_intact_and_runs_nothing_else() => WithLab(async cluster =>
    {
        // Given a name full of shell syntax, starting with a dash
        var marker = "/tmp/crmtui-hostile-" + Guid.NewGuid().ToString("N");
        var name = $"-x'; touch {marker}; echo \"$(touch {marker})\" `touch {marker}` |&";

        // When an action names it
        var outcome = await cluster.Executor.RunAsync(new DisableResource(name));
        output.WriteLine(outcome.Summary);

        // Then the tool itself got it as one value and rejected it (crm_resource echoes its argv
        // in the XML request attribute, unexpanded), and no shell ever ran the embedded commands
        Assert.Equal(OutcomeKind.Failed, outcome.Kind);
        Assert.Equal(105, outcome.ExitCode);
        Assert.Contains($"$(touch {marker})", outcome.Stdout);
        Assert.Contains($"`touch {marker}`", outcome.Stdout);
        var probe = await cluster.RawAsync("test", "-e", marker);
        Assert.Equal(1, probe.ExitCode);
    });

    [LabFact]
    public Task Every_run_is_written_to_the_audit_log() => WithLab(async cluster =>
    {
        await cluster.RunAsync(new RefreshResource(Resource));

        var line = Assert.Single(File.ReadAllLines(cluster.AuditPath));
        Assert.Contains("\"action\":\"resource.refresh\"", line);
        Assert.Contains("\"exit_code\":0", line);
        Assert.Contains($"\"host\":\"{cluster.Runner.Target}\"", line);
        await cluster.WaitForAsync("dummy2 started", s => s.IsStarted(Resource));
    });

    private async Task WithLab(Func<LabCluster, Task> scenario)
    {
        await using var cluster = new LabCluster(lab, transport, output);
        // Other lab tests may have left a transition running: start from a settled cluster, with
        // nothing left to do (a restart or a re-probe still to come would race the scenario's reads).
        await cluster.WaitForAsync("lab settled", Settled);
        await cluster.WaitIdleAsync("the previous test");
        try
        {
            await scenario(cluster);
        }
        finally
        {
            await RepairAsync(cluster);
        }
    }

    // The failure, its fail count (written by attrd a moment later) and the recovery restart
    // all land before the cleanup: a cleanup racing them can be undone by the late writes.
    private static bool FailureRecorded(ClusterSnapshot s) =>
        s.Failures.Any(f => f.Resource == FailingResource)
        && s.NodeHistory.Any(h => h.Resources.Any(r => r.Id == FailingResource && r.FailCountValue > 0))
        && s.IsStarted(FailingResource);

    private static bool Settled(ClusterSnapshot s) =>
        s.IsStarted(Resource) && s.IsStarted(FailingResource) && s.Summary?.Options?.MaintenanceMode == false
        && s.Nodes.All(n => n is { Online: true, Standby: false, Maintenance: false });

    // Best effort, raw commands: put back whatever a failed scenario left behind.
    private static async Task RepairAsync(LabCluster cluster)
    {
        string[][] repairs =
        [
            ["crm_attribute", "--node", cluster.Node, "--name", "standby", "--delete", "--lifetime", "forever"],
            ["crm_attribute", "--node", cluster.Node, "--name", "standby", "--delete", "--lifetime", "reboot"],
            ["crm_attribute", "--node", cluster.Node, "--name", "maintenance", "--delete"],
            ["crm_attribute", "--type", "crm_config", "--name", "maintenance-mode", "--delete"],
            ["crm_resource", "--clear", "--resource", Resource],
            ["crm_resource", "--resource", Resource, "--meta", "--delete-parameter", "target-role"],
            ["crm_resource", "--resource", Resource, "--meta", "--delete-parameter", "is-managed"],
            ["crm_resource", "--cleanup", "--resource", FailingResource],
        ];
        foreach (var argv in repairs)
        {
            try
            {
                await cluster.RawAsync(argv);
            }
            catch (Transport.TransportException)
            {
                // The scenario's own failure is the one worth reporting.
            }
        }
        try
        {
            await cluster.WaitForAsync("lab settled after the scenario", Settled);
        }
        catch (Xunit.Sdk.XunitException)
        {
            // Reported by the next scenario's settle wait if it persists.
        }
    }
}
