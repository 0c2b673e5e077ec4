using System.Text.RegularExpressions;
using CrmTui.Tui.App;
using CrmTui.Tui.Tests.Support;

namespace CrmTui.Tui.Tests.Views;

// Every column header of every table view is whole (never cut to "Not" or "Res…") at the widths an
// operator's terminal has: 80, 100, 120 and 160 columns, with the toggles that add columns on.
public sealed class ColumnHeaderTests
{
    public static TheoryData<string, string, int> Cases()
    {
        var data = new TheoryData<string, string, int>();
        var views = new (string Fixture, string Keys)[]
        {
            ("cts-cli-crm_mon", ""),
            ("cts-cli-crm_mon", "R A"),
            ("cts-cli-crm_mon", "2"),
            ("cts-cli-crm_mon", "2 r R"),
            ("bundle-connection-with-container", "2 f"),
            ("bundle-connection-with-container", "2 f r R L"),
            ("promoted-demote-block", "2 f o t"),
            ("cts-cli-crm_mon", "2 n b r"),
            ("lab-after-node-loss", "3 m m"),
            ("cts-cli-crm_mon", "4"),
            ("cts-cli-crm_mon", "5"),
        };
        foreach (var (fixture, keys) in views)
        {
            foreach (var width in (int[])[80, 100, 120, 160])
            {
                data.Add(fixture, keys, width);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_header_is_whole(string fixture, string keys, int width)
    {
        var harness = ViewGoldenTests.Start(width, 30, Fixtures.Load(fixture));
        if (keys.Length > 0)
        {
            harness.Press(keys.Split(' '));
        }

        var headers = ViewTables.Columns(harness.State, harness.State.View).Select(c => c.Header).Where(h => h.Length > 0).ToList();
        var lines = harness.ScreenText().Split('\n');
        var line = lines.FirstOrDefault(l => l.TrimStart().StartsWith(headers[0] + " ", StringComparison.Ordinal));

        Assert.True(line is not null, $"no header row starting with {headers[0]} at {width} columns:\n{harness.ScreenText()}");
        var pattern = string.Join(@"\s+", headers.Select(Regex.Escape));
        Assert.True(Regex.IsMatch(line, $@"^\s*{pattern}(\s|$)"), $"headers {string.Join(", ", headers)} not whole at {width} columns: '{line}'");
    }
}
