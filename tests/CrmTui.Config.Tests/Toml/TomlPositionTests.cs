using CrmTui.Config.Toml;

namespace CrmTui.Config.Tests.Toml;

public sealed class TomlPositionTests
{
    [Fact]
    public void Keys_and_values_carry_their_line_and_column()
    {
        // Given
        const string text = "title = \"x\"\n\n[[cluster]]\n  name   = 'prod'\n  ssh.port = 22\n";

        // When
        var root = TomlReader.Parse(text, "c.toml").Root;

        // Then
        var title = root.Find("title")!;
        Assert.Equal(new TomlPosition(1, 1), title.KeyPosition);
        Assert.Equal(new TomlPosition(1, 9), title.Value.Position);

        var clusters = Assert.IsType<TomlArray>(root.Find("cluster")!.Value);
        Assert.True(clusters.IsArrayOfTables);
        Assert.Equal(new TomlPosition(3, 1), clusters.Position);
        var prod = Assert.IsType<TomlTable>(Assert.Single(clusters.Items));
        Assert.Equal(new TomlPosition(4, 3), prod.Find("name")!.KeyPosition);
        Assert.Equal(new TomlPosition(4, 12), prod.Find("name")!.Value.Position);

        var ssh = Assert.IsType<TomlTable>(prod.Find("ssh")!.Value);
        Assert.Equal(new TomlPosition(5, 7), ssh.Find("port")!.KeyPosition);
        Assert.Equal(new TomlPosition(5, 14), ssh.Find("port")!.Value.Position);
    }

    [Fact]
    public void Array_items_and_inline_table_members_have_positions()
    {
        var root = TomlReader.Parse("hosts = [\"a\",\n  \"b\"]\nt = { k = 1 }", "c.toml").Root;

        var hosts = Assert.IsType<TomlArray>(root.Find("hosts")!.Value);
        Assert.Equal(new TomlPosition(1, 10), hosts.Items[0].Position);
        Assert.Equal(new TomlPosition(2, 3), hosts.Items[1].Position);
        var t = Assert.IsType<TomlTable>(root.Find("t")!.Value);
        Assert.True(t.IsInline);
        Assert.Equal(new TomlPosition(3, 7), t.Find("k")!.KeyPosition);
    }

    [Fact]
    public void Entries_keep_source_order()
    {
        var root = TomlReader.Parse("z = 1\na = 2\nm = 3", "c.toml").Root;

        Assert.Equal(["z", "a", "m"], root.Entries.Select(e => e.Key));
    }

    [Fact]
    public void Values_decode_to_their_typed_records()
    {
        var root = TomlReader.Parse(
            "s = 'x'\ni = 0x10\nf = 1.5\nb = true\nodt = 1979-05-27T07:32:00-07:00\nldt = 1979-05-27T07:32:00\nld = 1979-05-27\nlt = 00:32:00.999999",
            "c.toml").Root;

        Assert.Equal("x", Assert.IsType<TomlString>(root.Find("s")!.Value).Value);
        Assert.Equal(16L, Assert.IsType<TomlInteger>(root.Find("i")!.Value).Value);
        Assert.Equal(1.5, Assert.IsType<TomlFloat>(root.Find("f")!.Value).Value);
        Assert.True(Assert.IsType<TomlBoolean>(root.Find("b")!.Value).Value);
        Assert.Equal(new DateTimeOffset(1979, 5, 27, 7, 32, 0, TimeSpan.FromHours(-7)), Assert.IsType<TomlOffsetDateTime>(root.Find("odt")!.Value).Value);
        Assert.Equal(new DateTime(1979, 5, 27, 7, 32, 0), Assert.IsType<TomlLocalDateTime>(root.Find("ldt")!.Value).Value);
        Assert.Equal(new DateOnly(1979, 5, 27), Assert.IsType<TomlLocalDate>(root.Find("ld")!.Value).Value);
        Assert.Equal(new TimeOnly(0, 32, 0).Add(TimeSpan.FromTicks(9_999_990)), Assert.IsType<TomlLocalTime>(root.Find("lt")!.Value).Value);
    }
}
