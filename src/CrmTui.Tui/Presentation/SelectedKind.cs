namespace CrmTui.Tui.Presentation;

/// <summary>What a selected row is about (see <see cref="SelectedItem"/>).</summary>
public enum SelectedKind
{
    Node,
    Primitive,
    Group,
    Clone,
    Bundle,
    Replica,
    Operation,
    Failure,
    FenceEvent,
    Ban,
    Ticket,
    Event,
}
