namespace CrmTui.Commands.Execution;

/// <summary>Which actions need an explicit confirmation from the caller before they run.</summary>
public enum ConfirmationPolicy
{
    /// <summary>Nothing needs confirming (scripts that have already decided).</summary>
    None,

    /// <summary>Destructive actions need it: the CLI's <c>--yes</c>.</summary>
    Destructive,

    /// <summary>Disruptive and destructive actions need it: the dashboard's dialog.</summary>
    DisruptiveAndDestructive,
}
