using CrmTui.Tui.Tests.Support;

namespace CrmTui.Tui.Tests.Views;

// Every view at 80x24 and 160x48 on real crm_mon output (Fixtures/crm_mon): the text and the
// style roles. Re-record with UPDATE_SNAPSHOTS=1, then read the .txt files: a golden only says
// nothing changed, not that the screen reads well.
public sealed class ViewGoldenTests
{
    public static TheoryData<int, int> Sizes => new() { { 80, 24 }, { 160, 48 } };

    private static void Golden(string fixture, string name, int w, int h, params string[] keys) =>
        Start(w, h, Fixtures.Load(fixture)).Press(keys).AssertScreen($"Views/{name}-{w}x{h}");

    // The clock stands 12 s after crm_mon's own "last updated", so ages read as they did live.
    internal static TuiHarness Start(int w, int h, Core.Model.ClusterSnapshot snapshot)
    {
        var harness = TuiHarness.Start(w, h);
        if (snapshot.Summary?.LastUpdate?.Time.Value is { } updated && updated + TimeSpan.FromSeconds(12) > harness.Time.GetUtcNow())
        {
            harness.Advance(updated + TimeSpan.FromSeconds(12) - harness.Time.GetUtcNow());
        }
        return harness.Receive(snapshot);
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Resources_tree_with_bundle_promotable_clone_and_cloned_group(int w, int h) =>
        Golden("cts-cli-crm_mon", "resources-tree", w, h, "2");

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Resources_with_inactive_ones(int w, int h) =>
        Golden("cts-cli-crm_mon", "resources-inactive", w, h, "2", "r");

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Resources_brief(int w, int h) =>
        Golden("cts-cli-crm_mon", "resources-brief", w, h, "2", "b");

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Resources_grouped_by_node(int w, int h) =>
        Golden("cts-cli-crm_mon", "resources-by-node", w, h, "2", "n");

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Resources_grouped_by_node_brief_with_inactive(int w, int h) =>
        Golden("cts-cli-crm_mon", "resources-by-node-brief", w, h, "2", "n", "b", "r");

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Resources_of_a_bundle_on_remote_and_guest_nodes_with_fail_counts(int w, int h) =>
        Golden("bundle-connection-with-container", "resources-bundle-failcounts", w, h, "2", "f");

    // crm_mon's pending operations (J, on by default): "Starting" roles and "pending: Monitoring".
    [Theory]
    [MemberData(nameof(Sizes))]
    public void Resources_with_pending_operations(int w, int h) =>
        Golden("pending-monitor-696", "resources-pending", w, h, "2");

    // R: node ids, as crm_mon's "cluster01 (1)".
    [Theory]
    [MemberData(nameof(Sizes))]
    public void Nodes_with_details(int w, int h) =>
        Golden("cts-cli-crm_mon", "nodes-details", w, h, "R");

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Leftover_bans_at_the_end_of_the_resources(int w, int h) =>
        Golden("bundle-connection-with-container", "resources-bans", w, h, "2", "L", "G");

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Blocked_promoted_instance_on_a_standby_node_with_operations_and_timings(int w, int h) =>
        Golden("promoted-demote-block", "resources-operations", w, h, "2", "f", "o", "t");

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Tickets(int w, int h) =>
        Golden("ticket-rsc-sets-14", "resources-tickets", w, h, "2", "c", "G");

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Node_in_maintenance(int w, int h) =>
        Golden("node-maintenance-1", "nodes-maintenance", w, h);

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Unmanaged_resource_on_a_maintenance_node(int w, int h) =>
        Golden("node-maintenance-1", "resources-maintenance", w, h, "2", "r");

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Nodes_with_attributes(int w, int h) =>
        Golden("cts-cli-crm_mon", "nodes-attributes", w, h, "A");

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Failures_with_fencing_history_level_1(int w, int h) =>
        Golden("lab-after-node-loss", "failures-fencing-1", w, h, "3");

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Failures_with_full_fencing_history(int w, int h) =>
        Golden("lab-after-node-loss", "failures-fencing-3", w, h, "3", "m", "m");

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Failures_of_a_standby_node_with_a_blocked_resource(int w, int h) =>
        Golden("promoted-demote-block", "failures-blocked", w, h, "3");

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Nodes_of_a_bundle_cluster_with_offline_and_guest_nodes(int w, int h) =>
        Golden("bundle-connection-with-container", "nodes-bundle", w, h);

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Events_after_a_node_dropped_out_and_came_back(int w, int h)
    {
        // Given a cluster, then cluster01 drops out and the ban on dummy goes, then both come back
        var healthy = Fixtures.Load("cts-cli-crm_mon");
        var harness = Start(w, h, healthy);
        harness.Advance(TimeSpan.FromSeconds(95)).Receive(healthy with
        {
            Nodes = [.. healthy.Nodes.Select(n => n.Name == "cluster01" ? n with { Online = false, ResourcesRunning = 0 } : n)],
            Bans = [],
        });
        harness.Advance(TimeSpan.FromSeconds(12)).Receive(healthy);

        harness.Press("4").AssertScreen($"Views/events-{w}x{h}");
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Events_view_before_any_change(int w, int h) =>
        Golden("cts-cli-crm_mon", "events-empty", w, h, "4");

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Header_with_pacemakerd_and_fencing_on_a_live_cluster(int w, int h) =>
        Golden("lab-after-node-loss", "nodes-live", w, h);

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Resource_detail_of_a_blocked_promoted_instance(int w, int h) =>
        Golden("promoted-demote-block", "resource-detail", w, h, "2", "j", "enter");

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Standby_node_with_resources_and_its_attributes(int w, int h) =>
        Golden("promoted-demote-block", "nodes-standby", w, h, "A");
}
