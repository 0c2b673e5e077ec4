using System.Globalization;
using CrmTui.Transport;

namespace CrmTui.Integration.Tests.Lab;

/// <summary>The lab scripts as the fixtures run them from the host: <c>lab-up.sh</c> owned by this
/// test process (its watchdog removes the lab if the process dies), <c>lab-down.sh</c>, and
/// <c>lab-node.sh</c>'s faults.</summary>
internal static class LabScripts
{
    /// <summary>lab-up.sh's exit code when the name is taken by a live owner.</summary>
    public const int ExitBusy = 3;

    private static readonly LocalProcessRunner s_host = new();
    private static readonly TimeSpan s_downTimeout = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan s_nodeTimeout = TimeSpan.FromSeconds(90);

    private static string Script(string name) =>
        Path.Combine(LabPaths.ScriptsDirectory ?? throw new InvalidOperationException("tests/lab is not found"), name);

    /// <summary><c>lab-up.sh OPTIONS --owner-pid PID NAME</c>; throws <see cref="TransportException"/>
    /// when it is killed at <paramref name="timeout"/>.</summary>
    public static Task<CommandResult> UpAsync(string name, IReadOnlyList<string> options, TimeSpan timeout) =>
        s_host.RunAsync(CommandLine.Of([Script("lab-up.sh"), .. options,
                "--owner-pid", Environment.ProcessId.ToString(CultureInfo.InvariantCulture), name])
            .WithTimeout(timeout));

    /// <summary><c>lab-down.sh NAME</c>, best effort.</summary>
    public static async Task DownAsync(string name)
    {
        try
        {
            await s_host.RunAsync(CommandLine.Of(Script("lab-down.sh"), name).WithTimeout(s_downTimeout)).ConfigureAwait(false);
        }
        catch (TransportException)
        {
            // The watchdog lab-up.sh started removes the lab once this process has exited.
        }
    }

    /// <summary><c>lab-node.sh NAME ARGS…</c>; throws with its stderr when it fails.</summary>
    public static async Task NodeAsync(string name, params string[] args)
    {
        var result = await s_host.RunAsync(CommandLine.Of([Script("lab-node.sh"), name, .. args]).WithTimeout(s_nodeTimeout)).ConfigureAwait(false);
        if (!result.Succeeded)
            throw new InvalidOperationException($"lab-node.sh {name} {string.Join(' ', args)} exited {result.ExitCode}: {result.Stderr.Trim()}");
    }
}
