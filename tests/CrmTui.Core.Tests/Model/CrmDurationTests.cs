using CrmTui.Core.Model;

namespace CrmTui.Core.Tests.Model;

public sealed class CrmDurationTests
{
    [Theory]
    [InlineData("850ms", 850)]
    [InlineData("0ms", 0)]
    [InlineData("10000", 10000)]
    [InlineData("0", 0)]
    [InlineData("30s", 30000)]
    [InlineData("2m", 120000)]
    [InlineData("1h", 3600000)]
    public void Numbers_with_or_without_a_unit_parse(string raw, long milliseconds)
    {
        var duration = CrmDuration.Parse(raw);

        Assert.Equal(raw, duration.Raw);
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), duration.Value);
        Assert.Equal(milliseconds, duration.Milliseconds);
    }

    [Theory]
    [InlineData("")]
    [InlineData("ms")]
    [InlineData("-5ms")]
    [InlineData("850parsecs")]
    [InlineData("99999999999999999999")]
    public void Anything_else_keeps_its_raw_form_without_a_value(string raw)
    {
        var duration = CrmDuration.Parse(raw);

        Assert.Equal(raw, duration.Raw);
        Assert.Null(duration.Value);
        Assert.Null(duration.Milliseconds);
    }
}
