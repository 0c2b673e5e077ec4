using System.Collections.Immutable;

namespace CrmTui.Transport;

/// <summary>
/// A cluster reached through an ordered list of hosts. The first host whose health probe passes
/// serves, and keeps serving, until a call to it fails at the transport (connection, timeout,
/// ssh, host key, login, sudo) or its result is judged unhealthy; then the other hosts are probed
/// in order, within <see cref="FailoverOptions.Budget"/>, the first healthy one takes over, the
/// call is retried there when that is safe, and <see cref="HostChanged"/> says who and why.
/// </summary>
public sealed class FailoverRunner : ICommandRunner, IAsyncDisposable
{
    private readonly ImmutableArray<ICommandRunner> _hosts;
    private readonly Func<ICommandRunner, CancellationToken, Task<HostVerdict>> _probe;
    private readonly FailoverOptions _options;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _switching = new(1, 1);
    private readonly object _gate = new();
    private ImmutableList<HostChange> _history = [];
    private ICommandRunner? _current;
    private int _generation;
    private HostChange? _pendingChange;
    private Task? _disposal;

    /// <param name="hosts">The hosts in failover order (at least one).</param>
    /// <param name="probe">Decides whether a host can serve, e.g. "crm_mon answered without
    /// &lt;errors&gt;". It must honour its token: it is cancelled at
    /// <see cref="FailoverOptions.ProbeTimeout"/>. A <see cref="TransportException"/> it throws
    /// counts as unhealthy.</param>
    /// <param name="options">Budget, probe timeout, result judge and retry policy; null: defaults.</param>
    /// <param name="time">The clock for timeouts and <see cref="HostChange.At"/>; null: the system clock.</param>
    public FailoverRunner(
        IEnumerable<ICommandRunner> hosts,
        Func<ICommandRunner, CancellationToken, Task<HostVerdict>> probe,
        FailoverOptions? options = null,
        TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(hosts);
        _hosts = [.. hosts];
        if (_hosts.IsEmpty)
            throw new ArgumentException("a cluster needs at least one host", nameof(hosts));
        _probe = probe ?? throw new ArgumentNullException(nameof(probe));
        _options = options ?? new FailoverOptions();
        _time = time ?? TimeProvider.System;
    }

    /// <summary>Raised after the serving host changed (and on the first choice). Raised on the
    /// calling thread of the call that caused it; a UI must marshal it to its own thread.</summary>
    public event EventHandler<HostChange>? HostChanged;

    /// <summary>The hosts, in failover order.</summary>
    public ImmutableArray<ICommandRunner> Hosts => _hosts;

    /// <summary>The serving host; null until the first call chose one.</summary>
    public ICommandRunner? Current
    {
        get { lock (_gate) return _current; }
    }

    /// <summary>The most recent host changes, oldest first.</summary>
    public ImmutableList<HostChange> History
    {
        get { lock (_gate) return _history; }
    }

    /// <inheritdoc/>
    public string Target => Current?.Target ?? _hosts[0].Target;

    /// <summary>The command as the serving host (or, before the first call, the first host) would send it.</summary>
    public string Format(CommandLine command) => (Current ?? _hosts[0]).Format(command);

    /// <inheritdoc/>
    public async Task<CommandResult> RunAsync(CommandLine command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var (host, generation) = await ServingHostAsync(cancellationToken).ConfigureAwait(false);
        string reason;
        var mayRetry = true;
        try
        {
            var result = await host.RunAsync(command, cancellationToken).ConfigureAwait(false);
            var verdict = _options.JudgeResult?.Invoke(command, result) ?? HostVerdict.Ok;
            if (verdict.Healthy)
                return result;
            reason = $"{host.Target}: {verdict.Reason ?? "unhealthy result"}";
            if (!(_options.MayRetry?.Invoke(command) ?? true))
            {
                await TrySwitchAwayAsync(host, generation, reason, cancellationToken).ConfigureAwait(false);
                return result;
            }
        }
        catch (TransportException ex) when (MovesOn(ex.Failure))
        {
            reason = $"{host.Target}: {ex.Message}";
            // A command that never connected did not run; anything else may have taken effect.
            mayRetry = ex.Failure is TransportFailure.ConnectionFailed or TransportFailure.HostKeyRejected
                or TransportFailure.AuthenticationFailed or TransportFailure.ProgramNotFound
                || (_options.MayRetry?.Invoke(command) ?? true);
            if (!mayRetry)
            {
                await TrySwitchAwayAsync(host, generation, reason, cancellationToken).ConfigureAwait(false);
                throw;
            }
        }
        var next = await SwitchAwayAsync(host, generation, reason, cancellationToken).ConfigureAwait(false);
        return await next.RunAsync(command, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Disposes every host that is disposable, all at once (an <see cref="SshCommandRunner"/>
    /// cancels its commands and closes its master with <c>ssh -O exit</c>, within its own bound),
    /// so disposing the cluster on exit closes all connections in the time of the slowest host.
    /// Callers at once share the same work.</summary>
    public ValueTask DisposeAsync()
    {
        lock (_gate)
            _disposal ??= Task.Run(DisposeHostsAsync);
        return new ValueTask(_disposal);
    }

    private async Task DisposeHostsAsync()
    {
        await Task.WhenAll(_hosts.Select(async host =>
        {
            if (host is IAsyncDisposable asyncDisposable)
                await asyncDisposable.DisposeAsync().ConfigureAwait(false);
            else if (host is IDisposable disposable)
                disposable.Dispose();
        })).ConfigureAwait(false);
    }

    /// <summary>Failures that say "this host cannot serve now" rather than "this request is wrong".</summary>
    private static bool MovesOn(TransportFailure failure) => failure is not TransportFailure.InvalidRequest;

    private async Task<(ICommandRunner Host, int Generation)> ServingHostAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_current is not null)
                return (_current, _generation);
        }
        await _switching.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            lock (_gate)
            {
                if (_current is not null)
                    return (_current, _generation);
            }
            var chosen = await ProbeInOrderAsync(_hosts, null, cancellationToken).ConfigureAwait(false);
            return (chosen, Volatile.Read(ref _generation));
        }
        finally
        {
            _switching.Release();
            RaisePendingChange();
        }
    }

    // For a call that will not be retried: its own outcome is what the caller must see, so a
    // failed switch is left for the next call to report.
    private async Task TrySwitchAwayAsync(ICommandRunner failed, int generation, string reason, CancellationToken cancellationToken)
    {
        try
        {
            await SwitchAwayAsync(failed, generation, reason, cancellationToken).ConfigureAwait(false);
        }
        catch (TransportException)
        {
        }
    }

    // Moves away from a failed host, unless another call already did (then its choice stands).
    private async Task<ICommandRunner> SwitchAwayAsync(ICommandRunner failed, int generation, string reason, CancellationToken cancellationToken)
    {
        await _switching.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            lock (_gate)
            {
                if (_generation != generation && _current is not null)
                    return _current;
            }
            var index = _hosts.IndexOf(failed);
            // The others in order after the failed one, wrapping; the failed one last (it may be back).
            var order = Enumerable.Range(1, _hosts.Length).Select(i => _hosts[(index + i) % _hosts.Length]).ToList();
            return await ProbeInOrderAsync(order, reason, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _switching.Release();
            RaisePendingChange();
        }
    }

    // Called with _switching held.
    private async Task<ICommandRunner> ProbeInOrderAsync(IReadOnlyList<ICommandRunner> candidates, string? why, CancellationToken cancellationToken)
    {
        using var budget = new CancellationTokenSource(_options.Budget, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(budget.Token, cancellationToken);
        var refusals = new List<string>();
        foreach (var host in candidates)
        {
            if (budget.IsCancellationRequested)
            {
                refusals.Add($"{host.Target}: not tried, the {_options.Budget.TotalSeconds:0.#} s failover budget was spent");
                continue;
            }
            var verdict = await ProbeAsync(host, linked.Token).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            if (verdict.Healthy)
            {
                var reason = why is null ? $"{host.Target} answered" : $"{why}; {host.Target} answered";
                if (refusals.Count > 0)
                    reason += $" (skipped {string.Join("; ", refusals)})";
                Promote(host, reason);
                return host;
            }
            refusals.Add($"{host.Target}: {verdict.Reason ?? "unhealthy"}");
        }
        lock (_gate)
        {
            // Nobody can serve: forget the current host so the next call probes from the top.
            _current = null;
            _generation++;
        }
        var all = why is null ? refusals : [why, .. refusals];
        throw new TransportException(TransportFailure.ConnectionFailed, "cluster",
            $"no host of the cluster can serve: {string.Join("; ", all)}");
    }

    private async Task<HostVerdict> ProbeAsync(ICommandRunner host, CancellationToken budgetToken)
    {
        using var perProbe = new CancellationTokenSource(_options.ProbeTimeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(perProbe.Token, budgetToken);
        try
        {
            return await _probe(host, linked.Token).WaitAsync(linked.Token).ConfigureAwait(false);
        }
        catch (TransportException ex)
        {
            return HostVerdict.Down(ex.Message);
        }
        catch (OperationCanceledException) when (linked.IsCancellationRequested)
        {
            return HostVerdict.Down($"no answer within {(perProbe.IsCancellationRequested ? _options.ProbeTimeout : _options.Budget).TotalSeconds:0.#} s");
        }
    }

    private void Promote(ICommandRunner host, string reason)
    {
        HostChange change;
        lock (_gate)
        {
            change = new HostChange(_current, host, reason, _time.GetUtcNow());
            _current = host;
            _generation++;
            _history = _history.Add(change);
            if (_history.Count > _options.HistoryLimit)
                _history = _history.RemoveRange(0, _history.Count - _options.HistoryLimit);
        }
        _pendingChange = change;
    }

    // Handlers run after the switch lock is released, so one that calls back into this runner
    // cannot deadlock it.
    private void RaisePendingChange()
    {
        var change = Interlocked.Exchange(ref _pendingChange, null);
        if (change is not null)
            HostChanged?.Invoke(this, change);
    }
}
