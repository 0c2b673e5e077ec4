using System.Text;
using CrmTui.Tui.Terminal;

namespace CrmTui.Tui.Tests.Terminal;

public sealed class InputDecoderTests
{
    private static IReadOnlyList<Key> Decode(string input)
    {
        var decoder = new InputDecoder();
        var keys = decoder.Feed(Encoding.UTF8.GetBytes(input)).ToList();
        keys.AddRange(decoder.Flush());
        return keys;
    }

    private static string Names(string input) => string.Join(" ", Decode(input));

    [Fact]
    public void Printable_ascii_and_utf8_become_characters() =>
        Assert.Equal("j k S ? é 节", Names("jkS?é节"));

    [Fact]
    public void Control_bytes_become_named_keys_and_ctrl_letters() =>
        Assert.Equal("enter enter tab backspace backspace ctrl+c ctrl+l ctrl+f", Names("\r\n\t\x7f\b\x03\x0c\x06"));

    [Theory]
    [InlineData("\e[A", "up")]
    [InlineData("\e[B", "down")]
    [InlineData("\e[C", "right")]
    [InlineData("\e[D", "left")]
    [InlineData("\eOA", "up")]
    [InlineData("\eOD", "left")]
    [InlineData("\e[H", "home")]
    [InlineData("\e[F", "end")]
    [InlineData("\e[1~", "home")]
    [InlineData("\e[4~", "end")]
    [InlineData("\eOH", "home")]
    [InlineData("\e[5~", "pgup")]
    [InlineData("\e[6~", "pgdn")]
    [InlineData("\e[3~", "delete")]
    [InlineData("\e[2~", "insert")]
    [InlineData("\e[Z", "shift+tab")]
    [InlineData("\eOP", "f1")]
    [InlineData("\e[[A", "f1")]
    [InlineData("\e[15~", "f5")]
    [InlineData("\e[24~", "f12")]
    [InlineData("\e[1;5A", "ctrl+up")]
    [InlineData("\e[1;2B", "shift+down")]
    [InlineData("\e[5;3~", "alt+pgup")]
    [InlineData("\e[1;2P", "shift+f1")]
    public void Escape_sequences_of_xterm_and_vt100_are_decoded(string input, string expected) =>
        Assert.Equal(expected, Names(input));

    [Fact]
    public void A_lone_escape_waits_for_the_timeout_then_is_the_escape_key()
    {
        var decoder = new InputDecoder();

        var before = decoder.Feed([0x1b]);

        Assert.Empty(before);
        Assert.True(decoder.HasPending);
        Assert.Equal([Key.Escape], decoder.Flush());
        Assert.False(decoder.HasPending);
    }

    [Fact]
    public void A_sequence_split_across_reads_is_still_one_key()
    {
        var decoder = new InputDecoder();

        var first = decoder.Feed("\e["u8);
        var second = decoder.Feed("6~"u8);

        Assert.Empty(first);
        Assert.Equal([Key.PageDown], second);
    }

    [Fact]
    public void A_utf8_character_split_across_reads_is_still_one_key()
    {
        var decoder = new InputDecoder();
        var bytes = Encoding.UTF8.GetBytes("节");

        Assert.Empty(decoder.Feed(bytes.AsSpan(0, 1)));
        Assert.Equal([Key.Char('节')], decoder.Feed(bytes.AsSpan(1)));
    }

    [Fact]
    public void Two_escapes_are_two_escape_keys() =>
        Assert.Equal("esc esc", Names("\e\e"));

    [Fact]
    public void Escape_then_a_letter_is_alt_letter() =>
        Assert.Equal("alt+x", Names("\ex"));

    [Fact]
    public void Escape_then_a_digit_in_a_later_read_is_escape_then_the_digit()
    {
        var decoder = new InputDecoder();

        var first = decoder.Feed([0x1b]);
        var second = decoder.Feed("2"u8);

        Assert.Empty(first);
        Assert.Equal([Key.Escape, Key.Char('2')], second);
        Assert.False(decoder.HasPending);
    }

    [Fact]
    public void Escape_and_a_digit_in_one_read_is_alt_digit() =>
        Assert.Equal("alt+2", Names("\e2"));

    [Fact]
    public void A_later_read_may_carry_more_keys_after_the_escape()
    {
        var decoder = new InputDecoder();

        decoder.Feed("j\e"u8);
        var keys = decoder.Feed("2\e3"u8).Concat(decoder.Flush());

        Assert.Equal("esc 2 alt+3", string.Join(" ", keys));
    }

    [Fact]
    public void An_escape_in_a_later_read_still_starts_a_split_csi_or_ss3_sequence()
    {
        var decoder = new InputDecoder();

        decoder.Feed([0x1b]);
        var csi = decoder.Feed("[A"u8);
        decoder.Feed([0x1b]);
        var ss3 = decoder.Feed("OB"u8);

        Assert.Equal([Key.Up], csi);
        Assert.Equal([Key.Down], ss3);
    }

    [Fact]
    public void Unknown_sequences_are_dropped_without_leaking_characters() =>
        Assert.Equal("a b", Names("a\e[?1;2cb\e[200~"));

    [Fact]
    public void Invalid_utf8_becomes_the_replacement_character() =>
        Assert.Equal("\uFFFD a", DecodeBytes([0xff, (byte)'a']));

    private static string DecodeBytes(byte[] bytes)
    {
        var decoder = new InputDecoder();
        var keys = decoder.Feed(bytes).Concat(decoder.Flush());
        return string.Join(" ", keys);
    }
}
