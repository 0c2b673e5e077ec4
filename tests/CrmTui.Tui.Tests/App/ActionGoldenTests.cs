using CrmTui.Tui.Tests.Support;
using CrmTui.Tui.Tests.Views;

namespace CrmTui.Tui.Tests.App;

// The resource-action screens on real crm_mon output: the node picker for a move, the dialog of a
// disruptive resource action, and the status line after the one-key cleanup.
public sealed class ActionGoldenTests
{
    public static TheoryData<int, int> Sizes => new() { { 80, 24 }, { 160, 48 } };

    private static TuiHarness Selected(int w, int h, string filter) =>
        ViewGoldenTests.Start(w, h, Fixtures.Load("cts-cli-crm_mon")).Press("2", "/").Type(filter).Press("enter");

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Move_node_picker(int w, int h) =>
        Selected(w, h, "Public-IP").Press("v").AssertScreen($"App/move-picker-{w}x{h}");

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Disable_confirmation(int w, int h) =>
        Selected(w, h, "^dummy").Press("e").AssertScreen($"App/confirm-disable-{w}x{h}");

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Status_line_after_the_one_key_cleanup(int w, int h) =>
        Selected(w, h, "Public-IP").Press("C").AssertScreen($"App/cleanup-status-{w}x{h}");
}
