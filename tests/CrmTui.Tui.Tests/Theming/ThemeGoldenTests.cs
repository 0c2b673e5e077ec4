using System.Text;
using CrmTui.Tui.Rendering;
using CrmTui.Tui.Tests.App;
using CrmTui.Tui.Tests.Support;
using CrmTui.Tui.Theming;
using Spectre.Console;

namespace CrmTui.Tui.Tests.Theming;

/// <summary>
/// One dashboard screen (the Nodes view of a three-node cluster, second row selected) per shipped
/// theme. The golden holds the screen's text and style-role runs, then every role on the screen
/// with the style the theme resolves it to, and whether the theme sets it or derives it from a
/// parent role. A change to a theme file, to the derivation table or to the screen shows up here.
/// </summary>
public sealed class ThemeGoldenTests
{
    public static TheoryData<string> ShippedNames => ["default", "light", "high-contrast", "mono"];

    [Theory]
    [MemberData(nameof(ShippedNames))]
    public void The_nodes_view_in_each_shipped_theme(string name)
    {
        // Given
        var theme = ThemeCatalog.Shipped.Load(name).Theme!;
        var screen = NodesView();

        // When
        var golden = SnapshotAssert.Format(screen) + ResolvedStyles(screen, theme);

        // Then
        SnapshotAssert.MatchesText(golden, $"Themes/nodes-{name}-80x24");
    }

    [Theory]
    [MemberData(nameof(ShippedNames))]
    public void The_renderer_draws_every_role_on_the_screen_with_the_themes_style(string name)
    {
        // Given
        var theme = ThemeCatalog.Shipped.Load(name).Theme!;
        var screen = NodesView();
        var sgr = new SgrCache(ColorSystem.TrueColor);

        // When
        var frame = new ScreenRenderer(new FakeTerminal(80, 24), theme, sgr).Compose(screen);

        // Then
        foreach (var role in RolesOn(screen).Where(r => !theme[r].Equals(Style.Plain)))
        {
            var prefix = sgr.Prefix(theme[role]);
            Assert.True(frame.Contains(prefix, StringComparison.Ordinal),
                $"{name}: '{StyleRoles.Name(role)}' ({theme[role].ToMarkup()}) is not drawn with its SGR prefix {prefix.Replace("\u001b", "ESC")}");
        }
    }

    private static ScreenBuffer NodesView() => TuiHarness.Start(80, 24, Clusters.ThreeNodes()).Press("j").Screen();

    private static List<StyleRole> RolesOn(ScreenBuffer screen)
    {
        var roles = new List<StyleRole>();
        for (var y = 0; y < screen.Height; y++)
        {
            foreach (var cell in screen.Row(y))
            {
                if (!roles.Contains(cell.Role))
                {
                    roles.Add(cell.Role);
                }
            }
        }
        return roles;
    }

    private static string ResolvedStyles(ScreenBuffer screen, Theme theme)
    {
        var text = new StringBuilder($"--- theme {theme.Name} ---\n");
        foreach (var role in RolesOn(screen).OrderBy(StyleRoles.Name, StringComparer.Ordinal))
        {
            var markup = theme[role].ToMarkup();
            text.Append($"{StyleRoles.Name(role)} = {(markup.Length == 0 ? "default" : markup)}");
            text.Append(theme.Styles.ContainsKey(role) ? "\n" : $" (derived from {StyleRoles.Name(Source(theme, role))})\n");
        }
        return text.ToString();
    }

    // The role whose style a derived role ends up with: the first ancestor the theme sets.
    private static StyleRole Source(Theme theme, StyleRole role)
    {
        while (!theme.Styles.ContainsKey(role) && StyleRoles.Parent(role) != role)
        {
            role = StyleRoles.Parent(role);
        }
        return role;
    }
}
