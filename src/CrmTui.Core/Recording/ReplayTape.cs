using System.Collections.Immutable;

namespace CrmTui.Core.Recording;

/// <summary>
/// What <c>crmtui replay</c> shows: the frames of a recording (or the single frame of a snapshot
/// bundle) in time order, and a message for every record that could not be used.
/// </summary>
public sealed record ReplayTape(ReplayKind Kind, string Source, ImmutableArray<ReplayFrame> Frames, ImmutableArray<string> Problems, IncidentBundle? Bundle = null)
{
    public bool IsEmpty => Frames.IsEmpty;
}
