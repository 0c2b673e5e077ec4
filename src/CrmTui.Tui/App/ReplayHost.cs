using CrmTui.Commands.Execution;
using CrmTui.Core.Recording;
using CrmTui.Tui.Input;
using CrmTui.Tui.Rendering;
using CrmTui.Tui.Terminal;
using CrmTui.Tui.Theming;
using Spectre.Console;

namespace CrmTui.Tui.App;

/// <summary>
/// The dashboard on a recording (<c>crmtui replay</c>): the same screens, keys and main loop as
/// <see cref="DashboardHost"/>, but no watcher and no executor. The state starts on the first
/// frame and moves only with the time-cursor keys; every action key is refused up front with
/// <see cref="ReadOnlyReason"/>, and should one get through it still runs nothing.
/// </summary>
public static class ReplayHost
{
    public const string ReadOnlyReason = "replay is read-only";

    /// <summary>The context a replay runs with (also what the headless tests use).</summary>
    public static UiContext Context(KeyMap keys, Glyphs glyphs, string clusterName) => new(keys, glyphs, ReadOnlyReason, clusterName);

    public static async Task<int> RunAsync(ReplayTape tape, KeyMap keys, Theme? theme, Func<string, string?> environment, string clusterName,
        string? note, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tape);
        var colors = ColorSystemDetector.Detect(environment);
        var chosen = colors == ColorSystem.NoColors ? Theme.Mono : theme ?? Theme.Default;
        var context = Context(keys, Glyphs.ForLocale(environment), clusterName);

        using var terminal = new AnsiTerminal();
        using var session = TerminalSession.Begin(terminal, new Termios());
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var initial = ReplayNavigation.Start(new UiState { Size = terminal.Size }, tape.Frames, context, note);
        var loop = new MainLoop(terminal, new ScreenRenderer(terminal, chosen, new SgrCache(colors)), context, initial, TimeProvider.System,
            (action, _, _, _) => Task.FromResult(new ActionOutcome(OutcomeKind.RefusedReadOnly, action, null, null, null, "", "", TimeSpan.Zero,
                $"{action.Description}: not run: {ReadOnlyReason}")), () => { });
        await InputReader.RunWithLoopAsync(terminal, loop.Post, loop.RunAsync, stop).ConfigureAwait(false);
        session.Restore();
        return 0;
    }
}
