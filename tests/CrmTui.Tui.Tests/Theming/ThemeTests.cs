using CrmTui.Tui.Theming;
using Spectre.Console;

namespace CrmTui.Tui.Tests.Theming;

public sealed class ThemeTests
{
    [Fact]
    public void Every_role_has_a_unique_dotted_name_that_parses_back()
    {
        foreach (var role in StyleRoles.All)
        {
            var name = StyleRoles.Name(role);
            Assert.Matches("^[a-z_]+(\\.[a-z_]+)?$", name);
            Assert.True(StyleRoles.TryParse(name, out var parsed));
            Assert.Equal(role, parsed);
        }
        Assert.Equal(Enum.GetValues<StyleRole>().Length, StyleRoles.All.Length);
    }

    [Fact]
    public void Every_derivation_chain_ends_at_text()
    {
        foreach (var role in StyleRoles.All)
        {
            var r = role;
            for (var steps = 0; r != StyleRole.Text; steps++)
            {
                Assert.True(steps < 10, $"{StyleRoles.Name(role)} has a derivation loop");
                r = StyleRoles.Parent(r);
            }
        }
    }

    [Fact]
    public void A_role_missing_from_a_theme_falls_back_to_its_parent()
    {
        // Given a theme that only sets resource.started
        var parsed = Theme.FromStrings("t", new Dictionary<string, string> { ["resource.started"] = "green" }, new Theme("empty", new Dictionary<StyleRole, Style>()));

        // Then promoted derives from started, and an unrelated resource role from text
        Assert.Equal(new Style(Color.Green), parsed.Theme[StyleRole.ResourcePromoted]);
        Assert.Equal(Style.Plain, parsed.Theme[StyleRole.ResourceStopped]);
    }

    [Fact]
    public void Unknown_roles_and_bad_styles_are_reported_and_the_rest_still_applies()
    {
        var parsed = Theme.FromStrings("user", new Dictionary<string, string>
        {
            ["node.onlin"] = "green",
            ["node.offline"] = "bold gren",
            ["node.standby"] = "black on yellow",
        });

        Assert.False(parsed.IsValid);
        Assert.Equal(2, parsed.Errors.Length);
        Assert.Contains(parsed.Errors, e => e.Contains("unknown style role 'node.onlin'"));
        Assert.Contains(parsed.Errors, e => e.Contains("'node.offline'") && e.Contains("bold gren"));
        Assert.Equal(new Style(Color.Black, Color.Yellow), parsed.Theme[StyleRole.NodeStandby]);
        Assert.Equal(Theme.Default[StyleRole.NodeOffline], parsed.Theme[StyleRole.NodeOffline]);
    }

    [Fact]
    public void The_snapshot_theme_maps_each_role_to_a_style_that_decodes_to_the_same_role()
    {
        var theme = Theme.ForSnapshots();
        var seen = new HashSet<Style>();

        foreach (var role in StyleRoles.All)
        {
            Assert.True(seen.Add(theme[role]), $"{StyleRoles.Name(role)} shares its style");
            Assert.True(RoleCodec.TryDecode(theme[role], out var decoded));
            Assert.Equal(role, decoded);
        }
    }

    [Fact]
    public void The_mono_theme_uses_no_colours()
    {
        foreach (var role in StyleRoles.All)
        {
            Assert.Equal(Color.Default, Theme.Mono[role].Foreground);
            Assert.Equal(Color.Default, Theme.Mono[role].Background);
        }
    }

    [Fact]
    public void Node_states_that_need_attention_do_not_look_like_online_in_the_default_theme()
    {
        var online = Theme.Default[StyleRole.NodeOnline];
        foreach (var role in (StyleRole[])[StyleRole.NodeOffline, StyleRole.NodeUnclean, StyleRole.NodeStandby, StyleRole.NodeMaintenance, StyleRole.NodePending])
        {
            Assert.NotEqual(online, Theme.Default[role]);
        }
    }
}
