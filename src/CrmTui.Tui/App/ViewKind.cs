namespace CrmTui.Tui.App;

/// <summary>The dashboard's views, in Tab order.</summary>
public enum ViewKind
{
    Nodes,
    Resources,
    Failures,
    Events,
    CommandLog,
}
