using CrmTui.Tui.Tests.Support;
using CrmTui.Tui.Tests.Views;

namespace CrmTui.Tui.Tests.App;

// crm_mon's XML lists only bans; a cli-prefer-… left by crm_resource --move is found in the CIB's
// constraints (cibadmin --query --scope constraints), read only when the bans section opens, on the
// safety refresh and after a move/ban/clear, and shown with the clear action offered.
public sealed class LeftoverMoveScenarioTests
{
    private const string Constraints = """
        <constraints>
          <rsc_location id="cli-prefer-dummy" rsc="dummy" role="Started" node="cluster02" score="INFINITY"/>
          <rsc_location id="prefer-web" rsc="dummy" node="cluster01" score="100"/>
          <rsc_location id="ping-rule" rsc="ping-clone"><rule id="r" score="-INFINITY"><expression id="e" attribute="pingd" operation="lt" value="1"/></rule></rsc_location>
        </constraints>
        """;

    private static readonly string[] s_query = ["cibadmin", "--query", "--scope=constraints"];

    private static TuiHarness Cluster()
    {
        var h = ViewGoldenTests.Start(160, 48, Fixtures.Load("cts-cli-crm_mon"));
        h.Runner.WhenProgram("cibadmin", stdout: Constraints);
        return h;
    }

    private static int Queries(TuiHarness h) => h.Runner.Argvs.Count(a => a.SequenceEqual(s_query));

    [Fact]
    public void Opening_the_bans_section_reads_the_constraints_once_and_lists_the_leftover_move_with_clear()
    {
        var h = Cluster();
        h.Press("2");
        Assert.Equal(0, Queries(h));

        h.Press("L");

        Assert.Equal(1, Queries(h));
        var screen = h.ScreenText();
        Assert.Contains("Leftover Move Constraints", screen, StringComparison.Ordinal);
        Assert.Contains("cli-prefer-dummy  prefers dummy on cluster02 (INFINITY)  (left by crm_resource --move; u clears it)", screen, StringComparison.Ordinal);
        // Only cli-prefer is a leftover: an operator's own preference is configuration
        Assert.DoesNotContain("prefer-web  prefers", screen, StringComparison.Ordinal);
    }

    [Fact]
    public void Updates_do_not_read_the_constraints_again_but_the_safety_refresh_does()
    {
        var h = Cluster().Press("2", "L");
        var snapshot = h.State.Snapshot!;

        h.Receive(snapshot).Receive(snapshot);
        Assert.Equal(1, Queries(h));

        h.Loop.Post(new Tui.App.SnapshotReceived(snapshot, "alpha-01", h.Time.GetUtcNow()) { Safety = true });
        h.Pump();
        Assert.Equal(2, Queries(h));
    }

    [Fact]
    public void With_the_bans_section_closed_nothing_reads_the_constraints()
    {
        var h = Cluster().Press("2");
        var snapshot = h.State.Snapshot!;

        h.Loop.Post(new Tui.App.SnapshotReceived(snapshot, "alpha-01", h.Time.GetUtcNow()) { Safety = true });
        h.Pump();

        Assert.Equal(0, Queries(h));
    }

    [Fact]
    public void U_on_the_leftover_clears_it_on_its_node_and_the_constraints_are_read_again()
    {
        var h = Cluster().Press("2", "L", "/").Type("cli-prefer").Press("enter");

        h.Runner.WhenProgram("cibadmin", stdout: "<constraints/>");
        h.Press("u");

        Assert.Equal(["crm_resource", "--output-as=xml", "--clear", "--resource=dummy", "--node=cluster02"], h.Runner.CallsTo("crm_resource").Single().Argv.ToArray());
        Assert.Equal(2, Queries(h));
        Assert.DoesNotContain("cli-prefer-dummy", h.ScreenText(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_failed_read_says_so_in_the_section()
    {
        var h = ViewGoldenTests.Start(160, 48, Fixtures.Load("cts-cli-crm_mon"));
        h.Runner.WhenProgram("cibadmin", exitCode: 13, stderr: "Call cib_query failed (-13): Permission denied");

        h.Press("2", "L");

        Assert.Contains("constraints not read: cibadmin --query --scope constraints: Call cib_query failed (-13): Permission denied", h.ScreenText(), StringComparison.Ordinal);
    }
}
