using System.Collections.Immutable;
using CrmTui.Core.Recording;

namespace CrmTui.Tui.App;

/// <summary><c>crmtui replay</c>'s time cursor: the recorded frames and which one the dashboard shows.</summary>
public sealed record ReplayCursor(ImmutableArray<ReplayFrame> Frames, int Index)
{
    public ReplayFrame Current => Frames[Index];

    /// <summary>"replay 3/17, 2026-12-04 14:02:11Z, node1, read-only": the header's Data field.</summary>
    public string Describe() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"replay {Index + 1}/{Frames.Length}, {Current.At.UtcDateTime:yyyy-MM-dd HH:mm:ss}Z, {Current.Host}, read-only");
}
