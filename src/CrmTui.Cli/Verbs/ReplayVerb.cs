using System.CommandLine;
using System.Globalization;
using CrmTui.Cli.Composition;
using CrmTui.Core.Diff;
using CrmTui.Core.Recording;
using CrmTui.Tui.App;
using CrmTui.Tui.Theming;

namespace CrmTui.Cli.Verbs;

/// <summary>
/// <c>crmtui replay FILE [--list]</c>: opens the dashboard read-only on a recording
/// (<c>crmtui record</c>) or a snapshot bundle (<c>crmtui snapshot</c>) with a time cursor
/// (docs/tui.md, "Replay"); <c>--list</c> prints the frames and their changes instead. Records that
/// cannot be used are named on stderr and skipped. The configuration's <c>[keys]</c> and theme
/// apply as in the live dashboard. Exit codes: <see cref="RecordExitCode"/>.
/// </summary>
public static class ReplayVerb
{
    /// <param name="getEnvironmentVariable">The environment (configuration location, colours, locale).</param>
    /// <param name="configOption">The <c>--config</c> value of an invocation (null: not given, the XDG default applies).</param>
    /// <param name="host">Runs the replay dashboard; null: <see cref="ReplayHost"/> on the real terminal.</param>
    public static Command Create(Func<string, string?> getEnvironmentVariable, Func<ParseResult, string?>? configOption = null,
        Func<ReplaySession, CancellationToken, Task<int>>? host = null)
    {
        var readConfig = configOption ?? (_ => null);
        var run = host ?? ((s, ct) => ReplayHost.RunAsync(s.Tape, s.Keys, s.Theme, getEnvironmentVariable, s.ClusterName, s.Note, ct));
        var file = new Argument<string>("FILE") { Description = "A recording (crmtui record) or a snapshot bundle (crmtui snapshot)" };
        var list = new Option<bool>("--list") { Description = "Print each snapshot's time, host and changes instead of opening the dashboard" };
        var command = new Command("replay", "Open the dashboard read-only on a recording or snapshot bundle, with a time cursor ([ ] step, { } first/last)");
        command.Arguments.Add(file);
        command.Options.Add(list);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var path = parseResult.GetValue(file)!;
            ReplayTape tape;
            try
            {
                tape = ReplayTapeLoader.Load(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                await error.WriteLineAsync($"crmtui replay: cannot read {path}: {e.Message}").ConfigureAwait(false);
                return RecordExitCode.FileError;
            }
            catch (ReplayFileException e)
            {
                await error.WriteLineAsync($"crmtui replay: {path}: {e.Message}").ConfigureAwait(false);
                return RecordExitCode.NothingToReplay;
            }
            foreach (var problem in tape.Problems)
                await error.WriteLineAsync($"crmtui replay: {path}: {problem}").ConfigureAwait(false);
            if (tape.IsEmpty)
            {
                await error.WriteLineAsync($"crmtui replay: {path}: no snapshot to replay").ConfigureAwait(false);
                return RecordExitCode.NothingToReplay;
            }
            if (parseResult.GetValue(list))
            {
                await PrintAsync(tape, output).ConfigureAwait(false);
                return RecordExitCode.Ok;
            }
            var note = tape.Problems.IsEmpty ? null
                : $"{tape.Problems.Length} problem(s) reading the file (listed on exit): {tape.Problems[0]}";
            // crm_mon's XML does not name the cluster: the title names the file replayed.
            var cluster = Path.GetFileName(path);
            // The operator's [keys] and theme, as the live dashboard has them: a replay is not the place to relearn keys.
            var themes = ThemeCatalog.FromEnvironment(getEnvironmentVariable);
            if (await ConfiguredSettings.LoadAsync(readConfig(parseResult), getEnvironmentVariable, themes, error).ConfigureAwait(false) is not { } settings
                || await ConfiguredSettings.KeysAsync(settings, error).ConfigureAwait(false) is not { } keys)
                return RecordExitCode.Config;
            var theme = themes.Resolve(null, settings.Defaults.Theme, getEnvironmentVariable);
            foreach (var message in theme.Errors)
                await error.WriteLineAsync($"crmtui replay: {message}; the default theme is used").ConfigureAwait(false);
            var code = await run(new ReplaySession(tape, keys, theme.IsValid ? theme.Theme : null, cluster, note), cancellationToken).ConfigureAwait(false);
            foreach (var problem in tape.Problems)
                await error.WriteLineAsync($"crmtui replay: {path}: {problem}").ConfigureAwait(false);
            return code;
        });
        return command;
    }

    private static async Task PrintAsync(ReplayTape tape, TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        await output.WriteLineAsync($"{tape.Kind.ToString().ToLowerInvariant()} of {tape.Source}: {tape.Frames.Length} snapshot(s)").ConfigureAwait(false);
        ReplayFrame? previous = null;
        foreach (var frame in tape.Frames)
        {
            var head = string.Create(c, $"#{frame.Record}  {frame.At.UtcDateTime:yyyy-MM-dd HH:mm:ss}Z  {frame.Host}");
            if (previous is null)
            {
                await output.WriteLineAsync($"{head}  first snapshot: {frame.Snapshot.Nodes.Length} node(s), DC {frame.Snapshot.DcName ?? "none"}").ConfigureAwait(false);
            }
            else
            {
                var events = SnapshotDiffer.Diff(previous.Snapshot, frame.Snapshot, frame.At);
                await output.WriteLineAsync(events.IsEmpty ? $"{head}  (changed; no event the differ names)" : head).ConfigureAwait(false);
                foreach (var e in events)
                    await output.WriteLineAsync($"    {e.Describe()}").ConfigureAwait(false);
            }
            previous = frame;
        }
    }
}
