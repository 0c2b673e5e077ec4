using CrmTui.Transport;

namespace CrmTui.Transport.Tests.Local;

/// <summary>
/// The forced way out kills what local runners still run. Its own collection, not run in parallel
/// with the other tests of this assembly: KillRunning acts on every local child of the process.
/// </summary>
[Collection(nameof(LocalChildrenTests))]
[CollectionDefinition(nameof(LocalChildrenTests), DisableParallelization = true)]
public sealed class LocalChildrenTests
{
    [Fact]
    public async Task KillRunning_kills_a_running_command_with_its_process_group_and_names_it()
    {
        // Given a local command that started a grandchild and waits
        var pidFile = Path.Combine(Path.GetTempPath(), $"crmtui-children-{Guid.NewGuid():N}");
        var run = new LocalProcessRunner().RunAsync(CommandLine.Of("sh", "-c", $"sleep 60 & echo $! > '{pidFile}'; wait").WithTimeout(TimeSpan.FromSeconds(60)));
        while (!File.Exists(pidFile) || File.ReadAllText(pidFile).Trim().Length == 0)
            await Task.Delay(20);
        var grandchild = int.Parse(File.ReadAllText(pidFile).Trim(), System.Globalization.CultureInfo.InvariantCulture);

        // When the forced path kills what runs
        var killed = LocalProcessRunner.KillRunning();

        // Then the command ended (killed), named, and its grandchild with it
        Assert.Contains(killed, k => k.StartsWith("sh (pid ", StringComparison.Ordinal));
        var result = await run.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.NotEqual(0, result.ExitCode);
        Assert.True(await ProcessState.WaitGoneAsync(grandchild, TimeSpan.FromSeconds(5)), $"pid {grandchild} still running");
        File.Delete(pidFile);
    }

    [Fact]
    public async Task A_command_that_ended_is_not_tracked_any_more()
    {
        await new LocalProcessRunner().RunAsync(CommandLine.Of("true"));
        await Task.Delay(200);

        Assert.DoesNotContain(LocalProcessRunner.KillRunning(), k => k.StartsWith("true ", StringComparison.Ordinal));
    }
}
