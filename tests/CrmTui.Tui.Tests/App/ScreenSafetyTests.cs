using CrmTui.Core.Model;
using CrmTui.Tui.Rendering;
using CrmTui.Tui.Tests.Support;
using CrmTui.Tui.Theming;

namespace CrmTui.Tui.Tests.App;

// Cluster strings are data, never markup: a node, resource, failure reason, ticket and attribute
// spelled like Spectre markup render literally in every view, detail and dialog, and reach the
// terminal as those characters. And in a non-UTF-8 locale every cell on screen is ASCII.
public sealed class ScreenSafetyTests
{
    private const string Hostile = "[red]x[/]";

    internal static ClusterSnapshot HostileCluster() => Clusters.ThreeNodes() with
    {
        Nodes = [Clusters.Node(Hostile, dc: true), Clusters.Node("alpha-02"), Clusters.Node("nœud-3") with { Online = false }],
        Resources =
        [
            new PrimitiveResource
            {
                Id = Hostile, Agent = "ocf:heartbeat:[bold]Dummy", Role = ResourceRole.Started, RoleText = "Started", Active = true, Managed = true,
                Nodes = [new ResourceNode { Name = Hostile }], Description = "[link=http://x]y[/]",
            },
            new PrimitiveResource { Id = "日本語-vip", Agent = "ocf:heartbeat:IPaddr2", Role = ResourceRole.Started, RoleText = "Started", Active = true, Managed = true, Nodes = [new ResourceNode { Name = "alpha-02" }] },
        ],
        Failures =
        [
            new FailedAction
            {
                OpKey = $"{Hostile}_monitor_10000", Node = Hostile, Task = "monitor", Interval = CrmDuration.Parse("10000ms"), ExitStatus = "not running",
                ExitCode = 7, ExitReason = "[/]unbalanced [yellow", Status = "complete", Call = 7, LastRcChange = CrmTime.Parse("2026-03-14 10:04:20Z"),
            },
        ],
        Tickets = [new Ticket { Id = Hostile, Status = "revoked" }],
        NodeAttributes = [new NodeAttributeSet { Node = Hostile, Attributes = [new NodeAttribute { Node = Hostile, Name = "[b]pingd", Value = "[/]" }] }],
    };

    // Every view with its sections on, then the detail of a selected row and the dialogs of the node actions.
    public static TheoryData<string[]> Screens => new()
    {
        { ["1", "A", "R"] },
        { ["1", "enter"] },
        { ["1", "s"] },
        { ["1", "X"] },
        { ["2", "r", "c", "L", "o", "t", "f", "R"] },
        { ["2", "n"] },
        { ["2", "b"] },
        { ["2", "enter"] },
        { ["2", "B"] },
        { ["3"] },
        { ["3", "enter"] },
        { ["3", "C", "5"] },
        { ["3", "C", "5", "enter"] },
        { ["4"] },
        { ["?"] },
    };

    [Theory]
    [MemberData(nameof(Screens))]
    public void Markup_like_cluster_strings_render_literally_everywhere(string[] keys)
    {
        // Given
        var h = TuiHarness.Start(160, 48, HostileCluster());

        // When
        h.Press(keys);

        // Then: on the screen and in the bytes sent to the terminal, the brackets are plain characters
        var text = h.ScreenText();
        if (keys[0] != "4" && keys[0] != "?")
        {
            Assert.Contains(Hostile, text);
            Assert.Contains(Hostile, h.Terminal.Output);
        }
        Assert.DoesNotContain("\u001b", text);
    }

    [Fact]
    public void A_failure_reason_with_brackets_is_shown_whole_in_the_failures_view()
    {
        var h = TuiHarness.Start(160, 48, HostileCluster()).Press("3");

        Assert.Contains("[/]unbalanced [yellow", h.ScreenText());
    }

    [Theory]
    [MemberData(nameof(Screens))]
    public void Without_a_utf8_locale_every_cell_is_ascii(string[] keys)
    {
        // Given: the ASCII glyph set, chosen when the locale is not UTF-8
        var h = TuiHarness.Start(160, 48, HostileCluster(), glyphs: Glyphs.Ascii);

        // When
        h.Press(keys);

        // Then: nothing a non-UTF-8 terminal would show as mojibake, on screen or in the bytes sent
        var screen = h.Screen();
        for (var y = 0; y < screen.Height; y++)
        {
            var row = BufferText.Row(screen, y);
            Assert.True(row.All(c => c is >= ' ' and <= '~'), $"row {y} is not ASCII: {row}");
        }
        Assert.True(h.Terminal.Output.All(c => c is '\u001b' or (>= ' ' and <= '~')), "the terminal got non-ASCII bytes");
    }

    [Fact]
    public void Ascii_folding_keeps_columns_where_they_are()
    {
        // Given: a wide CJK name, an accented letter and our own punctuation
        var buffer = new ScreenBuffer(20, 1);
        buffer.Canvas.Write(0, 0, "日本-é·x…", StyleRole.Text);

        // When
        AsciiFold.Apply(buffer);

        // Then: a wide character is '?' and a blank, other letters a '?', our punctuation has a look-alike
        Assert.Equal("? ? -?-x~", BufferText.Row(buffer, 0).TrimEnd());
    }

    [Fact]
    public void An_ascii_screen_reads_as_an_operator_expects() =>
        TuiHarness.Start(80, 24, HostileCluster(), glyphs: Glyphs.Ascii).Press("2", "r").AssertScreen("App/resources-ascii-80x24");
}
