using System.Globalization;
using CrmTui.Transport;

namespace CrmTui.Integration.Tests.Lab;

/// <summary>
/// "The cluster has nothing left to do", asked of Pacemaker itself: <c>crm_resource --wait</c>
/// runs the scheduler on the live CIB, again and again, until the transition it computes has no
/// runnable action left, and exits 0 (or 124 at its timeout, listing what is still pending).
/// </summary>
/// <remarks>A crm_mon snapshot cannot say this: right after an unstandby or a clear every resource
/// is still Started where it was, and the moves back start a moment later (no resource-stickiness
/// in the labs). A check verdict, a role, a count of running resources or "where does X run" taken
/// at that moment races the cluster; taken after this returns, it does not. Each call costs about
/// 2 s even on an idle cluster (the tool's first look comes after its 2 s sleep).</remarks>
internal static class ClusterIdle
{
    /// <summary>Null when the cluster settled within <paramref name="timeout"/>; otherwise why not
    /// (crm_resource's exit code and its list of pending actions).</summary>
    public static async Task<string?> TryWaitAsync(ICommandRunner runner, TimeSpan timeout)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(timeout.TotalSeconds));
        var command = CommandLine.Of("crm_resource", "--wait", "--timeout", seconds.ToString(CultureInfo.InvariantCulture) + "s")
            .WithTimeout(TimeSpan.FromSeconds(seconds + 30));
        try
        {
            var result = await runner.RunAsync(command).ConfigureAwait(false);
            return result.Succeeded ? null
                : $"crm_resource --wait on {runner.Target} exited {result.ExitCode} after {result.Duration.TotalSeconds:0.0} s: {(result.Stdout + result.Stderr).Trim()}";
        }
        catch (TransportException ex)
        {
            return $"crm_resource --wait on {runner.Target}: {ex.Message}";
        }
    }

    /// <summary>Waits until the cluster has settled; fails the test with what is still pending.</summary>
    public static async Task WaitAsync(ICommandRunner runner, TimeSpan timeout, string after)
    {
        if (await TryWaitAsync(runner, timeout).ConfigureAwait(false) is { } busy)
            Assert.Fail($"the cluster did not settle after {after} within {timeout.TotalSeconds} s: {busy}");
    }
}
