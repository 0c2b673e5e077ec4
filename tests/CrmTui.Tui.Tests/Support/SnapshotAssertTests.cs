using CrmTui.Tui.Rendering;
using CrmTui.Tui.Theming;
using Xunit.Sdk;

namespace CrmTui.Tui.Tests.Support;

public sealed class SnapshotAssertTests
{
    [Fact]
    public void The_golden_format_has_the_grid_then_role_runs_for_rows_that_are_not_plain_text()
    {
        var buffer = new ScreenBuffer(6, 2);
        buffer.Write(0, 1, "ok", StyleRole.Success, buffer.Bounds);

        var text = SnapshotAssert.Format(buffer);

        Assert.Equal("# 6x2\n\nok\n--- styles ---\n 1: success 0-1, text 2-5\n", text);
    }

    [Fact]
    public void A_mismatch_writes_the_actual_file_and_puts_a_diff_in_the_message()
    {
        if (RepoPaths.UpdateRequested)
        {
            // Re-recording would overwrite the deliberately different golden this test compares against.
            return;
        }
        var buffer = new ScreenBuffer(10, 1);
        buffer.Write(0, 0, "changed", StyleRole.Text, buffer.Bounds);
        var actualPath = Path.Combine(RepoPaths.Root(), "tests", "CrmTui.Tui.Tests", "__snapshots__", "Support", "mismatch.actual.txt");

        var error = Assert.Throws<FailException>(() => SnapshotAssert.Matches(buffer, "Support/mismatch"));

        Assert.Contains("- original", error.Message);
        Assert.Contains("+ changed", error.Message);
        Assert.True(File.Exists(actualPath));
        File.Delete(actualPath);
    }
}
