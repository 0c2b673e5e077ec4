using CrmTui.Tui.Tests.Support;
using CrmTui.Tui.Theming;
using Spectre.Console;

namespace CrmTui.Tui.Tests.Theming;

public sealed class ShippedThemeTests
{
    private static readonly string ThemesDir = Path.Combine(RepoPaths.Root(), "themes");

    public static TheoryData<string> ShippedNames => ["default", "light", "high-contrast", "mono"];

    [Fact]
    public void The_embedded_files_are_exactly_the_files_in_the_themes_directory()
    {
        // Given the source of truth
        var onDisk = Directory.GetFiles(ThemesDir, "*.toml").ToDictionary(f => Path.GetFileNameWithoutExtension(f)!, File.ReadAllBytes);

        // When the binary reads its embedded copies
        var embedded = ShippedThemeFiles.All.ToDictionary(f => f.Source.Name, f => f.Bytes);

        // Then they are the same files, byte for byte
        Assert.Equal(onDisk.Keys.Order(), embedded.Keys.Order());
        foreach (var (name, bytes) in onDisk)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(embedded[name]), $"themes/{name}.toml differs from its embedded copy");
        }
    }

    [Theory]
    [MemberData(nameof(ShippedNames))]
    public void A_shipped_theme_loads_without_problems_and_resolves_every_role(string name)
    {
        // When
        var loaded = ThemeCatalog.Shipped.Load(name);

        // Then
        Assert.True(loaded.IsValid, string.Join("\n", loaded.Errors));
        var theme = loaded.Theme!;
        Assert.Equal(name, theme.Name);
        Assert.True(theme.Styles.ContainsKey(StyleRole.Text), $"{name} should set 'text' itself, the root of every derivation");
        foreach (var role in StyleRoles.All)
        {
            Assert.NotNull(theme[role]);
        }
    }

    [Fact]
    public void Every_shipped_theme_is_in_the_catalog_with_its_description_and_no_problems()
    {
        var catalog = ThemeCatalog.Shipped;

        Assert.Equal(["default", "high-contrast", "light", "mono"], catalog.Names);
        Assert.False(catalog.HasProblems);
        Assert.All(catalog.Themes, t =>
        {
            Assert.True(t.Source.IsShipped);
            Assert.Equal($"themes/{t.Name}.toml", t.Source.Location);
            Assert.False(string.IsNullOrWhiteSpace(t.Description), $"{t.Name} has no description");
        });
    }

    [Theory]
    [InlineData("default")]
    [InlineData("light")]
    [InlineData("high-contrast")]
    public void In_a_colour_theme_node_states_that_need_attention_do_not_look_like_online(string name)
    {
        var theme = ThemeCatalog.Shipped.Load(name).Theme!;
        var online = theme[StyleRole.NodeOnline];

        foreach (var role in (StyleRole[])[StyleRole.NodeOffline, StyleRole.NodeUnclean, StyleRole.NodeStandby, StyleRole.NodeMaintenance, StyleRole.NodePending])
        {
            Assert.NotEqual(online, theme[role]);
        }
        Assert.NotEqual(theme[StyleRole.ResourceStarted], theme[StyleRole.ResourceFailed]);
        Assert.NotEqual(theme[StyleRole.Text], theme[StyleRole.Selection]);
    }

    [Fact]
    public void Mono_uses_attributes_only_and_still_tells_failure_and_selection_apart()
    {
        var mono = ThemeCatalog.Shipped.Load("mono").Theme!;

        Assert.All(StyleRoles.All, role =>
        {
            Assert.Equal(Color.Default, mono[role].Foreground);
            Assert.Equal(Color.Default, mono[role].Background);
        });
        Assert.NotEqual(Style.Plain, mono[StyleRole.Selection]);
        Assert.NotEqual(mono[StyleRole.NodeOnline], mono[StyleRole.NodeOffline]);
        Assert.NotEqual(mono[StyleRole.ResourceStarted], mono[StyleRole.ResourceFailed]);
    }

    [Fact]
    public void The_built_in_default_and_mono_are_the_shipped_files()
    {
        Assert.Same(ThemeCatalog.Shipped.Find("default")!.Theme, Theme.Default);
        Assert.Same(ThemeCatalog.Shipped.Find("mono")!.Theme, Theme.Mono);
    }
}
