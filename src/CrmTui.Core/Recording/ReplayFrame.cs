using CrmTui.Core.Model;

namespace CrmTui.Core.Recording;

/// <summary>One snapshot a replay can show: its record number in the file, when it was taken and by which host.</summary>
public sealed record ReplayFrame(int Record, DateTimeOffset At, string Host, ClusterSnapshot Snapshot);
