namespace CrmTui.Tui.Widgets;

/// <summary>"Label: value" in the header; the value's role carries its meaning (quorum lost = danger).</summary>
public sealed record HeaderField(string Label, TextSpan Value);
