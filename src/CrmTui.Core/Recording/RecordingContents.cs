using System.Collections.Immutable;

namespace CrmTui.Core.Recording;

/// <summary>What a recording holds: its header, the records that read, and one message per record
/// that did not (naming it by number), in file order.</summary>
public sealed record RecordingContents(RecordingHeader Header, ImmutableArray<RecordedSnapshot> Records, ImmutableArray<string> Problems);
