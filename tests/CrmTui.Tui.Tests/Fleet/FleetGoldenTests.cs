namespace CrmTui.Tui.Tests.Fleet;

public sealed class FleetGoldenTests
{
    public static TheoryData<int, int> Sizes => new() { { 80, 24 }, { 160, 48 } };

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Overview(int w, int h) =>
        FleetFixtures.Mixed(w, h).AssertScreen($"Fleet/overview-{w}x{h}");

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Problems_list_focused(int w, int h) =>
        FleetFixtures.Mixed(w, h).Press("tab").AssertScreen($"Fleet/problems-{w}x{h}");

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Drilled_into_a_cluster(int w, int h) =>
        FleetFixtures.Mixed(w, h).Press("j", "enter").AssertScreen($"Fleet/drilled-{w}x{h}");

    [Fact]
    public void Command_line_completing_a_cluster() =>
        FleetFixtures.Mixed().Press(":").Type("cluster ").Press("tab").AssertScreen("Fleet/command-80x24");
}
