using CrmTui.Cli.Verbs;
using CrmTui.Cli.Verbs.Target;
using CrmTui.Commands.Watch;
using CrmTui.Core.Recording;
using CrmTui.Tui.App;

namespace CrmTui.Cli.Launch;

/// <summary>
/// <c>crmtui --record FILE</c>: the dashboard's watcher updates also go to a recording, in the
/// format of <c>crmtui record</c> (<see cref="WatchRecording"/>, the same filter and writer), so
/// <c>crmtui replay FILE</c> opens it. A write that fails stops the recording, never the dashboard;
/// the failure is reported when the dashboard ends, with how many snapshots were kept.
/// </summary>
public sealed class DashboardRecording : IDisposable
{
    private readonly WatchRecording _recording;
    private readonly string _path;
    private string? _failure;

    private DashboardRecording(WatchRecording recording, string path)
    {
        _recording = recording;
        _path = path;
    }

    /// <returns>Null (after saying why on stderr) when FILE exists or cannot be created.</returns>
    public static async Task<DashboardRecording?> StartAsync(string path, ClusterTarget target, TextWriter error, TimeProvider? time = null)
    {
        var source = new StatusRequest { Target = target }.Describe() + ", from the dashboard";
        var header = new RecordingHeader(RecordingFormat.Version, (time ?? TimeProvider.System).GetUtcNow(), source);
        return await RecordingFile.CreateAsync(path, header, "crmtui", error).ConfigureAwait(false) is { } writer
            ? new DashboardRecording(new WatchRecording(writer), path)
            : null;
    }

    /// <summary>The dashboard's options with the recording tapped into its watcher, and a notice saying so.</summary>
    public DashboardOptions Attach(DashboardOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var earlier = options.Tap;
        return options with
        {
            Tap = update =>
            {
                earlier?.Invoke(update);
                Observe(update);
            },
            Notice = options.Notice ?? $"recording distinct snapshots to {_path}",
        };
    }

    public void Observe(WatchUpdate update)
    {
        if (Volatile.Read(ref _failure) is not null)
            return;
        try
        {
            _recording.Observe(update);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Volatile.Write(ref _failure, e.Message);
        }
    }

    /// <summary>Closes the file (gzip trailer) and says on stderr what it holds.</summary>
    public async Task FinishAsync(TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(error);
        Dispose();
        if (_failure is { } failure)
            await error.WriteLineAsync($"crmtui: recording to {_path} stopped: {failure}").ConfigureAwait(false);
        await error.WriteLineAsync($"crmtui: {_recording.Stored} snapshot(s) recorded in {_path} ({_recording.Unchanged} unchanged fetch(es) not stored); 'crmtui replay {_path}' opens it").ConfigureAwait(false);
    }

    public void Dispose() => _recording.Dispose();
}
