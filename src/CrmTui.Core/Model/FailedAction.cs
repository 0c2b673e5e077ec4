using System.Collections.Immutable;

namespace CrmTui.Core.Model;

/// <summary>
/// A <c>failures/failure</c>. Either <see cref="OpKey"/> or <see cref="Id"/> is set. Real
/// crm_mon output breaks the schema here (last-rc-change without queued/exec), so all the
/// timing fields are independent and optional. <see cref="Queued"/>, <see cref="Exec"/> and
/// <see cref="Interval"/> are bare milliseconds.
/// </summary>
public sealed record FailedAction
{
    public string? OpKey { get; init; }
    public string? Id { get; init; }
    public string Node { get; init; } = "";

    /// <summary>Text of the exit code: <c>error</c>, <c>not running</c>, …</summary>
    public string ExitStatus { get; init; } = "";

    /// <summary>Agent's reason; <c>none</c> or empty when it gave none.</summary>
    public string ExitReason { get; init; } = "";
    public int ExitCode { get; init; }
    public int Call { get; init; }

    /// <summary>Execution status: <c>complete</c>, <c>Error</c>, <c>Timed Out</c>, …</summary>
    public string Status { get; init; } = "";
    public CrmTime? LastRcChange { get; init; }
    public CrmDuration? Queued { get; init; }
    public CrmDuration? Exec { get; init; }
    public CrmDuration? Interval { get; init; }
    public string? Task { get; init; }
    public ImmutableSortedDictionary<string, string> Extra { get; init; } = Attributes.Empty;
    public ImmutableArray<RawElement> Unknown { get; init; } = [];

    /// <summary>The operation key (<c>rsc_monitor_10000</c>), whichever attribute carried it.</summary>
    public string Key => OpKey ?? Id ?? "";

    /// <summary>
    /// The resource id, taken from the key: the text before <c>_&lt;task&gt;_&lt;interval&gt;</c>.
    /// Falls back to the whole key when the task is unknown.
    /// </summary>
    public string Resource
    {
        get
        {
            var key = Key;
            var last = key.LastIndexOf('_');
            if (last <= 0)
            {
                return key;
            }

            if (Task is { Length: > 0 } task)
            {
                var suffix = "_" + task + key[last..];
                if (key.EndsWith(suffix, StringComparison.Ordinal) && key.Length > suffix.Length)
                {
                    return key[..^suffix.Length];
                }
            }

            var previous = key.LastIndexOf('_', last - 1);
            return previous > 0 ? key[..previous] : key;
        }
    }
}
