namespace CrmTui.Commands;

/// <summary>What an action is about: the dashboard builds one menu per scope.</summary>
public enum ActionScope
{
    Cluster,
    Node,
    Resource,
    Failure,
    Ticket,
}
