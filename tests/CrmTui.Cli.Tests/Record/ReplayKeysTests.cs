using CrmTui.Cli.Tests.Status;
using CrmTui.Cli.Verbs;
using CrmTui.Core.Recording;
using CrmTui.Tui.Input;
using CrmTui.Tui.Terminal;

namespace CrmTui.Cli.Tests.Record;

/// <summary><c>crmtui replay</c> reads the configuration as the live dashboard does (the replay screen itself is replaced).</summary>
public sealed class ReplayKeysTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 4, 14, 2, 11, TimeSpan.Zero);
    private readonly string _dir = Directory.CreateTempSubdirectory("crmtui-replay-keys-").FullName;
    private readonly List<ReplaySession> _sessions = [];

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string ConfigFile => Path.Combine(_dir, "config", "crmtui", "config.toml");

    [Fact]
    public async Task The_configured_key_overrides_reach_the_replay()
    {
        WriteConfig("""
            [keys]
            "alt+n" = "replay.next"
            "ctrl+f" = "node.fence"
            """);

        var (exit, _, error) = await ReplayAsync(Recording());

        Assert.True(exit == RecordExitCode.Ok, error);
        var keys = Assert.Single(_sessions).Keys;
        Assert.Equal(UiCommand.ReplayNext, keys.Resolve(Key.Parse("alt+n")));
        Assert.Null(keys.Resolve(Key.Parse("]")));
        Assert.Equal(UiCommand.NodeFence, keys.Resolve(Key.Parse("ctrl+f")));
    }

    [Fact]
    public async Task Without_a_configuration_file_the_default_keys_apply()
    {
        var (exit, _, error) = await ReplayAsync(Recording());

        Assert.True(exit == RecordExitCode.Ok, error);
        Assert.Equal(UiCommand.ReplayNext, Assert.Single(_sessions).Keys.Resolve(Key.Parse("]")));
    }

    [Fact]
    public async Task A_key_collision_is_printed_as_file_line_col_and_nothing_opens()
    {
        WriteConfig("[keys]\n\"q\" = \"replay.next\"\n");

        var (exit, _, error) = await ReplayAsync(Recording());

        Assert.Equal(RecordExitCode.Config, exit);
        Assert.Contains($"{ConfigFile}:2:1: 'q' in [keys] is already bound to 'quit'", error);
        Assert.Empty(_sessions);
    }

    [Fact]
    public async Task A_missing_config_option_file_is_a_configuration_error()
    {
        var missing = Path.Combine(_dir, "nope.toml");

        var (exit, _, _) = await ReplayAsync(Recording(), configOption: missing);

        Assert.Equal(RecordExitCode.Config, exit);
        Assert.Empty(_sessions);
    }

    [Fact]
    public async Task List_needs_no_usable_configuration()
    {
        WriteConfig("[keys]\n\"q\" = \"replay.next\"\n");

        var (exit, output, _) = await ReplayAsync(Recording(), "--list");

        Assert.Equal(RecordExitCode.Ok, exit);
        Assert.StartsWith("recording of crm_mon on node1: 1 snapshot(s)", output);
    }

    private async Task<(int Exit, string Output, string Error)> ReplayAsync(string path, string? extra = null, string? configOption = null)
    {
        var command = ReplayVerb.Create(
            name => name switch { "XDG_CONFIG_HOME" => Path.Combine(_dir, "config"), "HOME" => _dir, _ => null },
            _ => configOption,
            (session, _) =>
            {
                _sessions.Add(session);
                return Task.FromResult(0);
            });
        return await VerbRun.RunAsync(command, extra is null ? [path] : [path, extra]);
    }

    private string Recording()
    {
        var path = Path.Combine(_dir, "r.crmrec");
        using var writer = RecordingWriter.Create(path, new RecordingHeader(1, T0, "crm_mon on node1"));
        writer.Append(new RecordedSnapshot(T0, "ssh node1", File.ReadAllText(Corpus.Fixture("healthy.xml"))));
        return path;
    }

    private void WriteConfig(string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(ConfigFile)!);
        File.WriteAllText(ConfigFile, text);
    }
}
