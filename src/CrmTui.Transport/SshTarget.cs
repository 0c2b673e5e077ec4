using System.Collections.Immutable;

namespace CrmTui.Transport;

/// <summary>
/// How to reach one host with the system OpenSSH client. Everything left null comes from the
/// user's <c>~/.ssh/config</c> (which always applies unless <see cref="ConfigFile"/> says otherwise).
/// </summary>
/// <param name="Host">Host name, address or ~/.ssh/config alias. Must not start with '-'.</param>
public sealed record SshTarget(string Host)
{
    /// <summary>Login user (<c>-l</c>); null: ssh's default or the config's <c>User</c>.</summary>
    public string? User { get; init; }

    /// <summary>Port (<c>-p</c>); null: 22 or the config's <c>Port</c>.</summary>
    public int? Port { get; init; }

    /// <summary>Private key file (<c>-i</c>).</summary>
    public string? IdentityFile { get; init; }

    /// <summary>Jump host (<c>-J</c>), in ssh's <c>[user@]host[:port]</c> form.</summary>
    public string? JumpHost { get; init; }

    /// <summary>
    /// Extra <c>-o</c> options, each <c>Keyword=value</c>. They come before crmtui's own defaults,
    /// and ssh uses the first value it sees, so they win, except <c>BatchMode=yes</c>, which
    /// always comes first: crmtui never waits on a prompt.
    /// </summary>
    public ImmutableArray<string> ExtraOptions { get; init; } = [];

    /// <summary>An ssh config file (<c>-F</c>) instead of ~/.ssh/config; <c>none</c> reads none.</summary>
    public string? ConfigFile { get; init; }

    /// <summary>Prefix every remote command with <c>sudo -n</c> (fail instead of prompting).</summary>
    public bool Sudo { get; init; }

    /// <summary>TCP connect and handshake limit (<c>ConnectTimeout</c>).</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Keep-alive probe interval (<c>ServerAliveInterval</c>); a dead peer is noticed after
    /// interval × <see cref="ServerAliveCountMax"/>.</summary>
    public TimeSpan ServerAliveInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Unanswered keep-alives before ssh gives up (<c>ServerAliveCountMax</c>).</summary>
    public int ServerAliveCountMax { get; init; } = 3;

    /// <summary>One multiplexed master connection per host (the default). Off: a fresh
    /// connection, with its handshake, for every command (only the benchmark wants that).</summary>
    public bool Multiplex { get; init; } = true;

    /// <summary>How long an idle master outlives its last session (<c>ControlPersist</c>); crmtui
    /// closes it with <c>ssh -O exit</c> on exit anyway, this only bounds a crash.</summary>
    public TimeSpan ControlPersist { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>"host", "user@host" or "user@host:port", for messages.</summary>
    public string Display =>
        (User is null ? "" : User + "@") + Host + (Port is null ? "" : ":" + Port);
}
