using CrmTui.Config.Toml;

namespace CrmTui.Config.Tests.Toml;

/// <summary>Errors a human can act on: the file, the line, the column, and what was expected.</summary>
public sealed class TomlErrorMessageTests
{
    [Theory]
    [InlineData("name \"prod\"", 1, 6, "expected '=' after the key, found '\"'")]
    [InlineData("a = 1\ntheme = dark", 2, 9, "strings must be quoted")]
    [InlineData("a = 1\n\nb = [1 2]", 3, 8, "expected ',' or ']' in the array, found '2'")]
    [InlineData("port = 022", 1, 8, "leading zeros are not allowed")]
    [InlineData("[a]\nx = 1\n[a]", 3, 2, "table [a] is defined twice (first at 1:2)")]
    [InlineData("x = 1\nx = 2", 2, 1, "duplicate key 'x': already defined at 1:1")]
    [InlineData("s = \"abc", 1, 5, "unterminated string")]
    [InlineData("t = { a = 1, }", 1, 14, "trailing comma is not allowed")]
    [InlineData("d = 2023-02-29", 1, 5, "day 29 is out of range (1–28)")]
    [InlineData("a = 1 b = 2", 1, 7, "expected a newline after a value, found 'b'")]
    public void A_syntax_error_names_the_line_column_and_what_was_expected(string text, int line, int column, string expected)
    {
        var error = Assert.Throws<TomlSyntaxException>(() => TomlReader.Parse(text, "config.toml"));

        Assert.Equal(line, error.Line);
        Assert.Equal(column, error.Column);
        Assert.Contains(expected, error.Reason);
        Assert.StartsWith($"config.toml:{line}:{column}: ", error.Message);
    }

    [Fact]
    public void Invalid_utf8_is_reported_where_it_occurs()
    {
        byte[] bytes = [(byte)'a', (byte)'=', (byte)'1', (byte)'\n', (byte)'b', (byte)'=', 0xC3, (byte)'\n'];

        var error = Assert.Throws<TomlSyntaxException>(() => TomlReader.Parse(bytes, "c.toml"));

        Assert.Equal(2, error.Line);
        Assert.Equal(3, error.Column);
        Assert.Contains("not valid UTF-8", error.Reason);
    }

    [Theory]
    [InlineData("array")]
    [InlineData("inline table")]
    [InlineData("dotted key")]
    [InlineData("header")]
    [InlineData("dotted keys in inline tables")]
    public void Absurd_nesting_is_a_syntax_error_not_a_stack_overflow(string kind)
    {
        const int n = 100_000;
        var dotted = string.Join('.', Enumerable.Repeat("a", n));
        var text = kind switch
        {
            "array" => "a = " + new string('[', n) + new string(']', n),
            "inline table" => "a = " + string.Concat(Enumerable.Repeat("{b = ", n)) + "1" + new string('}', n),
            "dotted key" => dotted + " = 1",
            "header" => "[" + dotted + "]",
            _ => "x = " + string.Concat(Enumerable.Repeat("{a.a.a.a.a.a.a.a = ", 1000)) + "1" + new string('}', 1000),
        };

        var error = Assert.Throws<TomlSyntaxException>(() => TomlReader.Parse(text, "c.toml"));

        Assert.Contains("nested more than 128 deep", error.Reason);
    }

    [Fact]
    public void Nesting_within_the_limit_is_fine()
    {
        var text = "a = " + new string('[', 100) + new string(']', 100) + "\n" + string.Join('.', Enumerable.Repeat("k", 100)) + " = 1";

        var root = TomlReader.Parse(text, "c.toml").Root;

        Assert.Equal(["a", "k"], root.Entries.Select(e => e.Key));
    }
}
