using System.Diagnostics;
using System.Globalization;
using CrmTui.Integration.Tests.Lab;
using CrmTui.Transport;
using Xunit.Abstractions;

namespace CrmTui.Integration.Tests.LabTests;

/// <summary>
/// The lab scripts' own promises: they refuse what they did not create, and a lab whose owner
/// died (a killed test run) neither blocks the next run nor stays behind. Names here are unique
/// per test process, so concurrent runs on one machine do not meet.
/// </summary>
[Collection(LabCollection.Name)]
public sealed class LabScriptTests(ITestOutputHelper output)
{
    private static readonly string s_suffix = (Environment.ProcessId % 100_000).ToString(CultureInfo.InvariantCulture);
    private readonly LocalProcessRunner _host = new();

    [LabFact]
    public async Task Lab_up_refuses_a_network_namespace_it_did_not_create_and_leaves_it_alone()
    {
        LabPrerequisites.Require();
        var name = "nx" + s_suffix;
        var root = Directory.CreateTempSubdirectory("crmtui-lab-test-").FullName;
        var foreign = $"crmtui-{name}-1";
        await MustSucceedAsync(CommandLine.Of("ip", "netns", "add", foreign));
        try
        {
            var result = await ScriptAsync(root, "lab-up.sh", name);

            output.WriteLine(result.Stderr);
            Assert.Equal(2, result.ExitCode);
            Assert.Contains($"network namespace {foreign} exists and is not this lab's", result.Stderr, StringComparison.Ordinal);
            Assert.True(File.Exists($"/run/netns/{foreign}"), "lab-up.sh removed a namespace it did not create");
        }
        finally
        {
            await _host.RunAsync(CommandLine.Of("ip", "netns", "del", foreign));
            Directory.Delete(root, recursive: true);
        }
    }

    [LabFact]
    public async Task Lab_down_refuses_a_state_directory_without_the_lab_marker()
    {
        LabPrerequisites.Require();
        var name = "nm" + s_suffix;
        var root = Directory.CreateTempSubdirectory("crmtui-lab-test-").FullName;
        var notOurs = Path.Combine(root, name, "precious.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(notOurs)!);
        File.WriteAllText(notOurs, "not a lab");
        try
        {
            var result = await ScriptAsync(root, "lab-down.sh", name);

            output.WriteLine(result.Stderr);
            Assert.Equal(2, result.ExitCode);
            Assert.Contains("has no lab marker", result.Stderr, StringComparison.Ordinal);
            Assert.True(File.Exists(notOurs));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [LabFact]
    public async Task A_lab_left_by_a_killed_run_is_replaced_by_the_next_run_and_removed_by_its_watchdog()
    {
        LabPrerequisites.Require();
        var name = "st" + s_suffix;
        var root = Directory.CreateTempSubdirectory("crmtui-lab-test-").FullName;
        var state = Path.Combine(root, name);
        using var firstRun = StartOwner();
        using var secondRun = StartOwner();
        try
        {
            // Given a lab whose owner and watchdog were both killed (as by SIGKILL of a test run)
            var first = await ScriptAsync(root, "lab-up.sh", "--owner-pid", Pid(firstRun), name);
            Assert.True(first.Succeeded, first.Stderr);
            var watchdog = int.Parse(MarkerValue(state, "watchdog_pid"), CultureInfo.InvariantCulture);
            Process.GetProcessById(watchdog).Kill();
            firstRun.Kill();
            await firstRun.WaitForExitAsync();

            // When the next run starts a lab of the same name
            var second = await ScriptAsync(root, "lab-up.sh", "--owner-pid", Pid(secondRun), name);

            // Then the stale lab is recognised as ours and replaced
            output.WriteLine(second.Stderr);
            Assert.True(second.Succeeded, second.Stderr);
            Assert.Contains($"removing stale lab '{name}'", second.Stderr, StringComparison.Ordinal);

            // And when that run dies too, its watchdog removes the lab and its namespace
            secondRun.Kill();
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while ((Directory.Exists(state) || File.Exists($"/run/netns/crmtui-{name}-1")) && DateTime.UtcNow < deadline)
                await Task.Delay(250);
            Assert.False(Directory.Exists(state), $"{state} is still there 30 s after its owner died");
            Assert.False(File.Exists($"/run/netns/crmtui-{name}-1"), "the lab's network namespace is still there");
        }
        finally
        {
            await ScriptAsync(root, "lab-down.sh", name);
            Directory.Delete(root, recursive: true);
        }
    }

    // A stand-in for a test run that owns a lab. It exits with this test process too, so if this
    // run is killed the labs started here are still removed by their watchdogs.
    private static Process StartOwner() =>
        Process.Start(new ProcessStartInfo("tail", ["-f", "/dev/null", $"--pid={Environment.ProcessId}"]) { UseShellExecute = false })
        ?? throw new InvalidOperationException("could not start tail");

    private static string Pid(Process p) => p.Id.ToString(CultureInfo.InvariantCulture);

    private static string MarkerValue(string state, string key) =>
        File.ReadLines(Path.Combine(state, "marker")).Single(l => l.StartsWith(key + "=", StringComparison.Ordinal))[(key.Length + 1)..];

    // A private CRMTUI_LAB_ROOT keeps these labs' state apart from the fixture's.
    private Task<CommandResult> ScriptAsync(string root, string script, params string[] args) =>
        _host.RunAsync(CommandLine.Of([Path.Combine(LabPaths.ScriptsDirectory!, script), .. args])
            .WithEnvironment("CRMTUI_LAB_ROOT", root)
            .WithTimeout(TimeSpan.FromMinutes(3)));

    private async Task MustSucceedAsync(CommandLine command)
    {
        var result = await _host.RunAsync(command);
        Assert.True(result.Succeeded, $"{_host.Format(command)} exited {result.ExitCode}: {result.Stderr}");
    }
}
