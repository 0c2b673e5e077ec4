namespace CrmTui.Core.Recording;

/// <summary>One record of a recording: when crm_mon answered, which host served it, and its XML as crm_mon printed it.</summary>
public sealed record RecordedSnapshot(DateTimeOffset At, string Host, string Xml);
