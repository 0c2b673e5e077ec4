namespace CrmTui.Commands.Watch;

/// <summary>How a <see cref="ClusterWatcher"/> learns that the cluster changed.</summary>
public enum WatchMode
{
    /// <summary><see cref="Stream"/> when the runner can stream and no <c>CIB_file</c> is set, else <see cref="Probe"/>.</summary>
    Auto,

    /// <summary>A long-lived <c>crm_mon --output-as=text</c> on the cluster (one more channel on the ssh
    /// master): it prints when the CIB or the fencer tells it something changed, and every line it
    /// prints triggers one full fetch. While it is down, <see cref="Probe"/> stands in.</summary>
    Stream,

    /// <summary>A cheap probe every <see cref="WatchOptions.ProbeInterval"/>: the CIB root's
    /// <c>admin_epoch/epoch/num_updates</c>, plus the fencer's history every
    /// <see cref="WatchOptions.FenceProbeInterval"/>; a full fetch only when either changed.</summary>
    Probe,

    /// <summary>A full <c>crm_mon</c> every <see cref="WatchOptions.ProbeInterval"/> (the old behaviour; for comparison).</summary>
    Poll,
}
