using CrmTui.Transport;
using TransportCommand = CrmTui.Transport.CommandLine;

namespace CrmTui.Bench.Fleet;

/// <summary>
/// A simulated cluster that streams like a real one: commands run through the
/// <c>CIB_file</c> runner, and the watcher's long-lived "crm_mon" stream is an inotify watch on
/// that CIB file, printing a line whenever the file is written, exactly what crm_mon's
/// change-driven output does over ssh when the CIB changes. While nothing changes it blocks in the
/// kernel, as an idle ssh channel does, so the fleet pays what it would pay for real clusters.
/// </summary>
internal sealed class FileStreamRunner(ICommandRunner inner, string cibPath) : ICommandRunner, ICommandStreamer
{
    public string Target => inner.Target;

    public string Format(TransportCommand command) => inner.Format(command);

    public Task<CommandResult> RunAsync(TransportCommand command, CancellationToken cancellationToken = default) =>
        inner.RunAsync(command, cancellationToken);

    public async Task<CommandResult> StreamAsync(TransportCommand command, Action<string> onLine, CancellationToken cancellationToken)
    {
        using var watcher = new FileSystemWatcher(Path.GetDirectoryName(cibPath)!, Path.GetFileName(cibPath))
        {
            NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.FileName | NotifyFilters.Size,
        };
        watcher.Changed += (_, _) => onLine("changed");
        watcher.Created += (_, _) => onLine("changed");
        watcher.Renamed += (_, _) => onLine("changed");
        watcher.EnableRaisingEvents = true;
        await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
        return new CommandResult(0, "", "", TimeSpan.Zero);
    }
}
