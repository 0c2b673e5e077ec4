using System.Diagnostics;

namespace CrmTui.Core.Tests.Diff;

/// <summary>
/// Runs Pacemaker's own command-line tools (crm_mon, crm_simulate, crm_attribute, crm_resource,
/// crm_ticket, cibadmin) against a CIB file, never a live cluster: every call sets <c>CIB_file</c>.
/// </summary>
internal static class PacemakerTools
{
    public static readonly string[] Required = ["crm_mon", "crm_simulate", "crm_attribute", "crm_resource", "crm_ticket", "cibadmin"];

    private static readonly TimeSpan _timeout = TimeSpan.FromSeconds(60);

    public static bool IsCi { get; } =
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Null when every tool is on PATH, otherwise which are missing and how to get them.</summary>
    public static string? MissingReason()
    {
        var missing = Required.Where(tool => Find(tool) is null).ToArray();
        return missing.Length == 0
            ? null
            : "Pacemaker tools not on PATH: " + string.Join(", ", missing)
                + " (install pacemaker-cli-utils, see tests/scripts/install-test-deps.sh)";
    }

    /// <summary>Throws with <see cref="MissingReason"/> when a tool is missing: a test that was not
    /// skipped at discovery (CI=true) fails instead of passing on nothing.</summary>
    public static void Require()
    {
        if (MissingReason() is { } reason)
            throw new InvalidOperationException(reason);
    }

    /// <summary>Runs <paramref name="program"/> with <c>CIB_file</c> set; fails the test on a non-zero exit or a timeout.</summary>
    public static string Run(string cibFile, string program, params string[] args)
    {
        var start = new ProcessStartInfo(Find(program) ?? program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(cibFile)!,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["CIB_file"] = cibFile;
        start.Environment["TZ"] = "UTC";
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(_timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} {string.Join(' ', args)} did not finish in {_timeout.TotalSeconds} s");
        }

        var output = stdout.GetAwaiter().GetResult();
        if (process.ExitCode != 0)
        {
            Assert.Fail($"{program} {string.Join(' ', args)} exited {process.ExitCode}: {stderr.GetAwaiter().GetResult()}");
        }

        return output;
    }

    private static string? Find(string program)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).Append("/usr/sbin"))
        {
            var candidate = Path.Combine(dir, program);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
