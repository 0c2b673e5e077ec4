using CrmTui.Tui.Presentation;

namespace CrmTui.Tui.Tests.Views;

public sealed class ResourceRowsTests
{
    private static List<string> Names(ResourceViewOptions options, string fixture = "cts-cli-crm_mon") =>
        [.. ResourceRows.For(Fixtures.Load(fixture), options).Select(e => e.Row.Cells[0].Text)];

    [Fact]
    public void Promotable_clone_shows_each_instance_with_its_role_and_node()
    {
        // When
        var rows = ResourceRows.For(Fixtures.Load("cts-cli-crm_mon"), new ResourceViewOptions());

        // Then
        var instances = rows.Where(r => r.Target is { Kind: SelectedKind.Primitive, ResourceId: "promotable-rsc" }).ToList();
        Assert.Equal([("Promoted", "cluster02"), ("Unpromoted", "cluster01")], instances.Select(r => (r.Row.Cells[1].Text, r.Row.Cells[2].Text)));
        Assert.All(instances, r => Assert.Equal("promotable-clone", r.Target!.Root!.Id));
    }

    [Fact]
    public void Inactive_resources_are_hidden_until_r_as_in_crm_mon()
    {
        // When
        var active = Names(new ResourceViewOptions());
        var all = Names(new ResourceViewOptions(Inactive: true));

        // Then
        Assert.DoesNotContain("inactive-group", active);
        Assert.DoesNotContain("inactive-clone", active);
        Assert.Contains("inactive-group", all);
        Assert.Contains("  inactive-dummy-1", all);
        Assert.Contains("inactive-clone", all);
    }

    [Fact]
    public void A_bundle_lists_every_replica_with_its_ip_container_primitive_and_remote()
    {
        // When
        var names = Names(new ResourceViewOptions());

        // Then
        var replica = names.IndexOf("  httpd-bundle-0 (192.168.122.131)");
        Assert.True(replica > 0);
        Assert.Equal(["    httpd-bundle-ip-192.168.122.131", "    httpd", "    httpd-bundle-docker-0", "    httpd-bundle-0"], names.Skip(replica + 1).Take(4));
        Assert.Contains("  httpd-bundle-2 (192.168.122.133)", names);
    }

    [Fact]
    public void Brief_merges_clone_instances_into_crm_mon_lines_and_counts_primitives_by_agent()
    {
        // When
        var rows = ResourceRows.For(Fixtures.Load("cts-cli-crm_mon"), new ResourceViewOptions(Brief: true));

        // Then
        var cells = rows.Select(r => string.Join("|", r.Row.Cells.Take(4).Select(c => c.Text.Trim()))).ToList();
        Assert.Contains("ping|Started|[ cluster01 cluster02 ]|ocf:pacemaker:ping", cells);
        Assert.Contains("promotable-rsc|Promoted|[ cluster02 ]|ocf:pacemaker:Stateful", cells);
        Assert.Contains("1/1|Active|cluster02|lsb:exim", cells);
        Assert.Contains("1|Active|cluster01|stonith:fence_xvm", cells);
        Assert.DoesNotContain(cells, c => c.StartsWith("httpd-bundle-ip-", StringComparison.Ordinal));
    }

    [Fact]
    public void Group_by_node_lists_each_node_then_what_runs_there()
    {
        // When
        var rows = ResourceRows.For(Fixtures.Load("cts-cli-crm_mon"), new ResourceViewOptions(ByNode: true));

        // Then
        var guest = rows.ToList().FindIndex(r => r.Target is { Kind: SelectedKind.Node, Node: "httpd-bundle-0" });
        Assert.Equal("GuestNode httpd-bundle-0: online", string.Concat(rows[guest].Row.Cells.Select(c => c.Text)));
        Assert.Equal(("httpd", "httpd-bundle-0", "in httpd-bundle"), (rows[guest + 1].Row.Cells[0].Text.Trim(), rows[guest + 1].Target!.Node, rows[guest + 1].Row.Cells[^1].Text));
    }

    [Fact]
    public void Fail_counts_read_against_migration_threshold()
    {
        // When
        var rows = ResourceRows.For(Fixtures.Load("promoted-demote-block"), new ResourceViewOptions(FailCounts: true));

        // Then
        var failed = rows.Single(r => r.Target is { Kind: SelectedKind.Primitive, Node: "dl380g5c" });
        Assert.Equal("FAILED Promoted", failed.Row.Cells[1].Text);
        Assert.Equal(new CrmTui.Tui.Widgets.TextSpan("1/1", CrmTui.Tui.Theming.StyleRole.Danger), failed.Row.Cells[4]);
        Assert.Equal("unmanaged, blocked", failed.Row.Cells[5].Text);
    }

    [Fact]
    public void Operations_use_crm_mon_words_probe_for_a_zero_interval_monitor_and_timings_on_t()
    {
        // When
        var plain = ResourceRows.For(Fixtures.Load("promoted-demote-block"), new ResourceViewOptions(Operations: true)).Select(r => r.Row.Cells[0].Text.Trim()).ToList();
        var timed = ResourceRows.For(Fixtures.Load("promoted-demote-block"), new ResourceViewOptions(Operations: true, Timings: true)).Select(r => r.Row.Cells[0].Text.Trim()).ToList();

        // Then
        Assert.Contains("dummy: migration-threshold=1 fail-count=1 last-failure='Thu Jan 10 09:26:59 2013':", plain);
        Assert.Contains("(2) probe", plain);
        Assert.Contains("(3) monitor: interval=\"10000ms\"", plain);
        Assert.Contains("(4) demote: last-rc-change=\"Thu Jan 10 09:26:58 2013\" exec-time=\"20ms\" queue-time=\"0ms\" rc=1 (error)", timed);
    }

    [Fact]
    public void Leftover_cli_bans_say_where_they_came_from()
    {
        // When
        var bans = ResourceRows.For(Fixtures.Load("bundle-connection-with-container"), new ResourceViewOptions(Bans: true))
            .Where(r => r.Target?.Kind == SelectedKind.Ban).ToList();

        // Then
        Assert.Equal(2, bans.Count);
        Assert.Equal("  cli-ban-httpd-bundle-on-rhel8-4  prevents httpd-bundle from running on rhel8-4", bans[0].Row.Cells[0].Text);
        Assert.Contains("crm_resource --ban/--move", bans[0].Row.Cells[1].Text);
        Assert.Equal(("httpd-bundle", "rhel8-4"), (bans[0].Target!.ResourceId, bans[0].Target!.Node));
    }

    [Fact]
    public void Tickets_show_their_state_and_standby()
    {
        // When
        var tickets = ResourceRows.For(Fixtures.Load("ticket-rsc-sets-14"), new ResourceViewOptions(Tickets: true))
            .Where(r => r.Target?.Kind == SelectedKind.Ticket).Select(r => (r.Target!.TicketId, r.Row.Cells[0].Text.Trim()));

        // Then
        Assert.Equal([("ticketA", "ticketA: revoked [standby]"), ("ticketB", "ticketB: revoked [standby]")], tickets);
    }

    [Fact]
    public void Row_ids_are_unique_even_for_anonymous_clone_instances()
    {
        foreach (var fixture in (string[])["cts-cli-crm_mon", "bundle-connection-with-container", "promoted-demote-block"])
        {
            foreach (var options in (ResourceViewOptions[])[new(Inactive: true), new(Inactive: true, Brief: true), new(Inactive: true, ByNode: true, Operations: true, Tickets: true, Bans: true)])
            {
                var ids = ResourceRows.For(Fixtures.Load(fixture), options).Select(r => r.Row.Id).ToList();
                Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
            }
        }
    }

    [Fact]
    public void Hostile_resource_names_stay_plain_text()
    {
        // Given a resource id with markup brackets and a control character
        var snapshot = Fixtures.Load("node-maintenance-1") with
        {
            Resources = [new Core.Model.PrimitiveResource { Id = "vip [ip]\u001b[2J", Agent = "ocf:heartbeat:IPaddr2", Role = Core.Model.ResourceRole.Started, Active = true, Managed = true, Nodes = [new Core.Model.ResourceNode { Name = "node1" }] }],
        };

        // When
        var text = TuiHarnessScreen(snapshot);

        // Then
        Assert.Contains("vip [ip]", text);
        Assert.DoesNotContain("\u001b", text);
    }

    private static string TuiHarnessScreen(Core.Model.ClusterSnapshot snapshot) =>
        Support.TuiHarness.Start(80, 24, snapshot).Press("2").ScreenText();
}
