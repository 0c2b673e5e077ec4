namespace CrmTui.Commands;

/// <summary>An action the dashboard can offer, and why it is greyed out when it is.</summary>
public sealed record ActionChoice(ClusterAction Action, string? DisabledReason)
{
    public bool Available => DisabledReason is null;
}
