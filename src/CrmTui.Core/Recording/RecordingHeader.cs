namespace CrmTui.Core.Recording;

/// <summary>The first line of a recording: what it is, when recording started and what was watched.</summary>
public sealed record RecordingHeader(int Version, DateTimeOffset Started, string Source);
