using System.Runtime.CompilerServices;
using System.Text;
using CrmTui.Tui.Rendering;
using CrmTui.Tui.Theming;

namespace CrmTui.Tui.Tests.Support;

/// <summary>
/// Golden files for screens: <c>__snapshots__/&lt;name&gt;.txt</c> holds the plain-text grid, then a
/// <c>--- styles ---</c> section listing, per row, the runs of <see cref="StyleRole"/> names (rows that
/// are entirely <c>text</c> are left out). Roles, not colours, so goldens survive theme changes.
/// <c>UPDATE_SNAPSHOTS=1</c> (read once per test run) re-records; a mismatch writes
/// <c>&lt;name&gt;.actual.txt</c> beside the golden and puts a line diff in the failure message.
/// </summary>
public static class SnapshotAssert
{
    private static readonly bool _update = Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1";

    public static void Matches(ScreenBuffer buffer, string name) => MatchesText(Format(buffer), name);

    public static void MatchesText(string actual, string name)
    {
        var golden = Path.Combine(SnapshotDirectory(), name + ".txt");
        var actualPath = Path.Combine(SnapshotDirectory(), name + ".actual.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(golden)!);
        if (_update)
        {
            File.WriteAllText(golden, actual);
            File.Delete(actualPath);
            return;
        }
        if (!File.Exists(golden))
        {
            File.WriteAllText(actualPath, actual);
            Assert.Fail($"No golden file {golden}. Review {actualPath}, then re-run with UPDATE_SNAPSHOTS=1 to record it.");
        }
        var expected = File.ReadAllText(golden).ReplaceLineEndings("\n");
        if (expected == actual)
        {
            File.Delete(actualPath);
            return;
        }
        File.WriteAllText(actualPath, actual);
        Assert.Fail($"Snapshot {name} differs (actual written to {actualPath}):\n{Diff(expected, actual)}");
    }

    /// <summary>The golden-file text for a buffer.</summary>
    public static string Format(ScreenBuffer buffer)
    {
        var sb = new StringBuilder();
        sb.Append($"# {buffer.Width}x{buffer.Height}\n");
        for (var y = 0; y < buffer.Height; y++)
        {
            sb.Append(BufferText.Row(buffer, y).TrimEnd()).Append('\n');
        }
        sb.Append("--- styles ---\n");
        for (var y = 0; y < buffer.Height; y++)
        {
            var runs = Runs(buffer, y);
            if (runs.Count == 1 && runs[0].Role == StyleRole.Text)
            {
                continue;
            }
            sb.Append($"{y,2}: ").AppendJoin(", ", runs.Select(r => $"{StyleRoles.Name(r.Role)} {r.Start}-{r.End}")).Append('\n');
        }
        return sb.ToString();
    }

    private static List<(StyleRole Role, int Start, int End)> Runs(ScreenBuffer buffer, int y)
    {
        var runs = new List<(StyleRole Role, int Start, int End)>();
        var row = buffer.Row(y);
        for (var x = 0; x < row.Length; x++)
        {
            if (runs.Count > 0 && runs[^1].Role == row[x].Role)
            {
                runs[^1] = runs[^1] with { End = x };
            }
            else
            {
                runs.Add((row[x].Role, x, x));
            }
        }
        return runs;
    }

    private static string Diff(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        var sb = new StringBuilder();
        var shown = 0;
        for (var i = 0; i < Math.Max(e.Length, a.Length) && shown < 40; i++)
        {
            var el = i < e.Length ? e[i] : "<missing>";
            var al = i < a.Length ? a[i] : "<missing>";
            if (el != al)
            {
                sb.Append($"line {i + 1}:\n- {el}\n+ {al}\n");
                shown++;
            }
        }
        return sb.ToString();
    }

    private static string SnapshotDirectory([CallerFilePath] string thisFile = "") =>
        Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(thisFile)!)!, "__snapshots__");
}
