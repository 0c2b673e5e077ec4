using CrmTui.Transport;

namespace CrmTui.Commands.Watch;

/// <summary>Finds who can run the watcher's stream: the runner itself, or a failover runner's
/// serving host (looked up again at every restart, so the stream follows a failover).</summary>
public static class StreamSource
{
    public static bool For(ICommandRunner runner, out ICommandStreamer? streamer)
    {
        streamer = runner switch
        {
            ICommandStreamer direct => direct,
            FailoverRunner failover => (failover.Current ?? failover.Hosts[0]) as ICommandStreamer,
            _ => null,
        };
        return streamer is not null;
    }
}
