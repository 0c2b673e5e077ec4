namespace CrmTui.Demo;

/// <summary>A recurring monitor of <paramref name="Resource"/> on <paramref name="Node"/> found it not running.</summary>
public sealed record MonitorFailure(string Resource, int IntervalMs, string Node);
