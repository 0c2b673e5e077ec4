using CrmTui.Core.Model;

namespace CrmTui.Core.Tests.Model;

public sealed class CrmTimeTests
{
    [Theory]
    [InlineData("Thu Jun  1 07:52:55 2017", 2017, 6, 1, 7, 52, 55)]
    [InlineData("Tue Oct 25 19:57:48 2022", 2022, 10, 25, 19, 57, 48)]
    [InlineData("2017-06-01 08:20:47Z", 2017, 6, 1, 8, 20, 47)]
    [InlineData("2026-11-22 03:25:51Z", 2026, 11, 22, 3, 25, 51)]
    [InlineData("2026-11-22T03:25:51Z", 2026, 11, 22, 3, 25, 51)]
    [InlineData("2026-11-22 05:25:51+02:00", 2026, 11, 22, 3, 25, 51)]
    public void Every_known_format_parses_to_utc(string raw, int year, int month, int day, int hour, int minute, int second)
    {
        var time = CrmTime.Parse(raw);

        Assert.Equal(raw, time.Raw);
        Assert.Equal(new DateTimeOffset(year, month, day, hour, minute, second, TimeSpan.Zero), time.Value);
        Assert.Equal(TimeSpan.Zero, time.Value!.Value.Offset);
    }

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("Thu Feb 30 25:61:61 2017")]
    [InlineData("2017-13-01 00:00:00Z")]
    public void Unknown_text_keeps_its_raw_form_without_a_value(string raw)
    {
        var time = CrmTime.Parse(raw);

        Assert.Equal(raw, time.Raw);
        Assert.Null(time.Value);
        Assert.Equal(raw, time.ToString());
    }

    [Fact]
    public void Epoch_seconds_are_understood_for_ticket_grants()
    {
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1700000000), CrmTime.Parse("1700000000").Value);
    }
}
