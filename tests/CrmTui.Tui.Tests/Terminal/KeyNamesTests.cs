using CrmTui.Tui.Terminal;

namespace CrmTui.Tui.Tests.Terminal;

public sealed class KeyNamesTests
{
    [Theory]
    [InlineData("ctrl+f")]
    [InlineData("shift+tab")]
    [InlineData("pgdn")]
    [InlineData("pgup")]
    [InlineData("?")]
    [InlineData("S")]
    [InlineData("s")]
    [InlineData("/")]
    [InlineData(":")]
    [InlineData("space")]
    [InlineData("plus")]
    [InlineData("enter")]
    [InlineData("esc")]
    [InlineData("f12")]
    [InlineData("alt+x")]
    [InlineData("ctrl+up")]
    [InlineData("节")]
    public void Canonical_names_round_trip(string name) =>
        Assert.Equal(name, Key.Parse(name).ToString());

    [Theory]
    [InlineData("Ctrl+F", "ctrl+f")]
    [InlineData("CONTROL+f", "ctrl+f")]
    [InlineData("shift+s", "S")]
    [InlineData("PageDown", "pgdn")]
    [InlineData("Escape", "esc")]
    [InlineData("return", "enter")]
    [InlineData("del", "delete")]
    [InlineData("+", "plus")]
    [InlineData("shift+ctrl+tab", "ctrl+shift+tab")]
    public void Aliases_and_case_variants_parse_to_the_canonical_key(string alias, string canonical) =>
        Assert.Equal(canonical, Key.Parse(alias).ToString());

    [Theory]
    [InlineData("", "empty")]
    [InlineData("hyper+x", "unknown modifier 'hyper'")]
    [InlineData("pgdown", "unknown key 'pgdown'")]
    [InlineData("ctrl+1", "only report ctrl with a letter")]
    [InlineData("ab", "unknown key 'ab'")]
    public void Bad_names_are_rejected_with_a_reason(string name, string reason)
    {
        Assert.False(KeyNames.TryParse(name, out _, out var error));
        Assert.Contains(reason, error);
    }

    [Fact]
    public void Decoded_keys_and_parsed_names_are_equal()
    {
        var decoder = new InputDecoder();

        var keys = decoder.Feed("\x06\e[Z\e[6~S"u8);

        Assert.Equal([Key.Parse("ctrl+f"), Key.Parse("shift+tab"), Key.Parse("pgdn"), Key.Parse("S")], keys);
    }
}
