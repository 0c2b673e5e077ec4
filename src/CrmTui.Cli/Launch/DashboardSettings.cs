using CrmTui.Commands;
using CrmTui.Commands.Audit;
using CrmTui.Commands.Execution;
using CrmTui.Commands.Watch;
using CrmTui.Config;
using CrmTui.Transport;
using CrmTui.Tui.App;
using CrmTui.Tui.Input;
using CrmTui.Tui.Theming;

namespace CrmTui.Cli.Launch;

/// <summary>Turns a <see cref="LaunchPlan"/> and its <c>[defaults]</c> into what the dashboard takes.</summary>
public static class DashboardSettings
{
    public static DashboardOptions Build(LaunchPlan plan, ICommandRunner runner, IAuditLog audit, KeyMap keys, Theme theme)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var defaults = plan.Defaults;
        // The dashboard asks in its own dialog and then runs with Confirmed set; the executor's policy
        // is the backstop that no disruptive action runs unconfirmed by mistake.
        var executor = new ExecutorSettings(plan.ClusterName, plan.ReadOnly, ConfirmationPolicy.DisruptiveAndDestructive);
        return new DashboardOptions(runner, executor, audit, defaults.RefreshInterval, keys, theme, plan.ReadOnlyReason)
        {
            Watch = new WatchOptions { ProbeInterval = defaults.RefreshInterval, SafetyRefresh = defaults.SafetyInterval },
            Glyphs = GlyphsFor(defaults.Glyphs),
            ConfirmFrom = ConfirmFrom(defaults.Confirm),
            Notice = plan.Notice,
        };
    }

    /// <summary>The symbol set <c>glyphs</c> asks for; null for <c>auto</c> (the dashboard reads the locale).</summary>
    public static Glyphs? GlyphsFor(GlyphMode mode) => mode switch
    {
        GlyphMode.Unicode => Glyphs.Unicode,
        GlyphMode.Ascii => Glyphs.Ascii,
        _ => null,
    };

    /// <summary>The lowest danger that asks first under <c>confirm</c>; null for <c>never</c>.</summary>
    public static Danger? ConfirmFrom(ConfirmPolicy policy) => policy switch
    {
        ConfirmPolicy.Always => Danger.Safe,
        ConfirmPolicy.Destructive => Danger.Destructive,
        ConfirmPolicy.Never => null,
        _ => Danger.Disruptive,
    };
}
