namespace CrmTui.Tui.App;

/// <summary>A cleanup or refresh in flight: once it succeeded (<paramref name="ActionDone"/>), the next snapshot becomes its receipt.</summary>
public sealed record ReprobeWatch(CleanupScope Scope, bool ActionDone = false);
