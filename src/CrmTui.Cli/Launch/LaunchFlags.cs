using System.Collections.Immutable;

namespace CrmTui.Cli.Launch;

/// <summary>
/// What the command line of <c>crmtui</c> (no verb) says about the cluster to open. Null or empty
/// members were not given; <see cref="Sudo"/> and <see cref="ReadOnly"/> can only switch on.
/// </summary>
public sealed record LaunchFlags
{
    public string? Cluster { get; init; }
    public ImmutableArray<string> Hosts { get; init; } = [];
    public string? SshUser { get; init; }
    public int? SshPort { get; init; }
    public string? Identity { get; init; }
    public string? SshConfig { get; init; }
    public ImmutableArray<string> SshOptions { get; init; } = [];
    public bool Sudo { get; init; }
    public bool ReadOnly { get; init; }
    public string? Theme { get; init; }

    /// <summary><c>--record FILE</c>: keep every distinct snapshot the dashboard receives in FILE (a <c>crmtui record</c> recording).</summary>
    public string? Record { get; init; }
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>True when an ssh setting was given; they mean nothing for a local cluster.</summary>
    public bool HasSshSettings =>
        SshUser is not null || SshPort is not null || Identity is not null || SshConfig is not null || !SshOptions.IsEmpty || Sudo;
}
