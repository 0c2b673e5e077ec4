namespace CrmTui.Core.Diff;

/// <summary>What an event is about. Events sort by subject kind first, in this order.</summary>
public enum EventSubject
{
    Cluster,
    Node,
    Resource,
    Ticket,
}
