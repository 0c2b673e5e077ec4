using CrmTui.Config.Tests.Support;

namespace CrmTui.Config.Tests.Loading;

public sealed class KeyBindingTests
{
    [Fact]
    public void A_key_that_is_bound_by_default_to_another_command_is_a_collision()
    {
        var error = Assert.Single(TestVocabulary.Errors("[keys]\n\"ctrl+f\" = \"node.fence\""));

        Assert.Equal("config.toml:2:1: 'ctrl+f' in [keys] is already bound to 'filter'; bind 'filter' to another key here too, or choose a free key", error);
    }

    [Fact]
    public void Rebinding_the_holder_elsewhere_frees_its_default_keys()
    {
        // Given: filter moves to "f", which frees both "/" and "ctrl+f"
        var result = TestVocabulary.Load("[keys]\n\"ctrl+f\" = \"node.fence\"\nf = \"filter\"");

        // Then
        Assert.Empty(result.Errors);
        var (bindings, collisions) = KeyMapResolver.Resolve(TestVocabulary.Create().DefaultBindings, result.Settings!.Keys);
        Assert.Empty(collisions);
        Assert.Equal("node.fence", bindings["ctrl+f"]);
        Assert.Equal("filter", bindings["f"]);
        Assert.False(bindings.ContainsKey("/"));
        Assert.Equal("node.standby", bindings["s"]);
    }

    [Fact]
    public void None_unbinds_a_key_so_another_command_may_take_it()
    {
        // Given: "/" is filter's by default; freeing it leaves ctrl+f for filter
        var result = TestVocabulary.Load("[keys]\n\"/\" = \"none\"\n\"ctrl+/\" = \"help\"\n");
        Assert.Empty(result.Errors);

        // When
        var (bindings, collisions) = KeyMapResolver.Resolve(TestVocabulary.Create().DefaultBindings, result.Settings!.Keys);

        // Then
        Assert.Empty(collisions);
        Assert.False(bindings.ContainsKey("/"));
        Assert.Equal("filter", bindings["ctrl+f"]);
        Assert.Equal("help", bindings["ctrl+/"]);
    }

    [Fact]
    public void Binding_a_command_to_its_own_default_key_is_not_a_collision()
    {
        Assert.Empty(TestVocabulary.Errors("[keys]\nq = \"quit\""));
    }

    [Fact]
    public void Two_spellings_of_the_same_key_are_an_error()
    {
        var error = Assert.Single(TestVocabulary.Errors("[keys]\n\"ctrl+x\" = \"node.fence\"\n\"Control+X\" = \"help\""));

        Assert.Equal("config.toml:3:1: 'Control+X' in [keys] is the same key as 'ctrl+x' at 2:1", error);
    }

    [Theory]
    [InlineData("\"ctlr+x\" = \"help\"", "config.toml:2:1: cannot read key 'ctlr+x' in [keys]: unknown modifier 'ctlr' (did you mean 'ctrl'?)")]
    [InlineData("\"ctrl+entr\" = \"help\"", "config.toml:2:1: cannot read key 'ctrl+entr' in [keys]: unknown key 'entr' (did you mean 'enter'?)")]
    [InlineData("\"ctrl+\" = \"help\"", "config.toml:2:1: cannot read key 'ctrl+' in [keys]: the key after the last '+' is missing")]
    [InlineData("x = \"node.fense\"", "config.toml:2:5: unknown command 'node.fense' in [keys] (did you mean 'node.fence'?)")]
    [InlineData("x = 3", "config.toml:2:5: key 'x' in [keys] must name a command as a string")]
    public void Bad_key_names_and_unknown_commands_are_errors(string line, string expectedPrefix)
    {
        var errors = TestVocabulary.Errors("[keys]\n" + line);

        Assert.StartsWith(expectedPrefix, Assert.Single(errors));
    }

    [Theory]
    [InlineData("ctrl+f", "ctrl+f")]
    [InlineData("Ctrl+F", "ctrl+f")]
    [InlineData("shift+ctrl+f", "ctrl+F")]
    [InlineData("alt+ctrl+Delete", "ctrl+alt+delete")]
    [InlineData("shift+f", "F")]
    [InlineData("F", "F")]
    [InlineData("esc", "esc")]
    [InlineData("Escape", "esc")]
    [InlineData("PgDn", "pgdn")]
    [InlineData("pageup", "pgup")]
    [InlineData("é", "é")]
    [InlineData("space", "space")]
    [InlineData("F5", "f5")]
    [InlineData("shift+tab", "shift+tab")]
    [InlineData("+", "plus")]
    [InlineData("plus", "plus")]
    [InlineData("ctrl++", "ctrl+plus")]
    [InlineData("?", "?")]
    public void Key_names_are_normalized_so_equal_keys_compare_equal(string text, string expected)
    {
        Assert.True(KeyNames.TryNormalize(text, out var normalized, out var error), error);
        Assert.Equal(expected, normalized);
    }

    [Theory]
    [InlineData("")]
    [InlineData("ctrl+ctrl+f")]
    [InlineData("hyper+f")]
    [InlineData("f13")]
    [InlineData("ab")]
    [InlineData("\u0007")]
    [InlineData(" ")]
    public void Unreadable_key_names_are_refused_with_a_reason(string text)
    {
        Assert.False(KeyNames.TryNormalize(text, out _, out var error));
        Assert.NotEmpty(error);
    }
}
