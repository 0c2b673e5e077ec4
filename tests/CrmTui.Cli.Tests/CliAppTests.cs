using System.CommandLine;
using CrmTui.Cli.Tests.Status;

namespace CrmTui.Cli.Tests;

/// <summary>The composed root: the verbs are reachable from <c>crmtui</c> itself, with the global options.</summary>
public sealed class CliAppTests
{
    [Theory]
    [InlineData]
    [InlineData("--host", "node1", "--ssh-user", "hacluster")]
    public void The_dashboard_handles_termination_signals_itself_so_System_CommandLine_does_not_end_it_after_2_s(params string[] args)
    {
        var configuration = CliApp.InvocationFor(CliApp.BuildRoot().Parse(args));

        Assert.NotNull(configuration);
        Assert.Null(configuration.ProcessTerminationTimeout);
    }

    [Theory]
    [InlineData("status", "--once")]
    [InlineData("check")]
    [InlineData("node", "standby", "node1")]
    [InlineData("events")]
    public void Verbs_keep_System_CommandLines_signal_handling(params string[] args)
    {
        Assert.Null(CliApp.InvocationFor(CliApp.BuildRoot().Parse(args)));
    }

    [Fact]
    public async Task Status_is_reachable_from_the_root()
    {
        var xml = Corpus.Fixture("healthy.xml");

        var (exit, output, error) = await VerbRun.RunAsync(CliApp.BuildRoot(), ["status", "--xml-file", xml, "--output", "json"]);

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Contains("\"nodes\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Config_check_reads_the_file_given_with_the_global_config_option()
    {
        var file = Path.Combine(Path.GetTempPath(), $"crmtui-cliapp-{Guid.NewGuid():N}.toml");
        await File.WriteAllTextAsync(file, "[defaults]\nrefresh_interval = \"2s\"\nbogus = 1\n");
        try
        {
            var (exit, output, _) = await VerbRun.RunAsync(CliApp.BuildRoot(), ["--config", file, "config", "check"]);

            Assert.Equal(1, exit);
            Assert.Contains($"{file}:3:1:", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Check_is_reachable_from_the_root()
    {
        var xml = Corpus.Fixture("trouble.xml");

        var (exit, output, _) = await VerbRun.RunAsync(CliApp.BuildRoot(), ["check", "--xml-file", xml]);

        Assert.Equal(2, exit);
        Assert.StartsWith("CLUSTER CRITICAL", output, StringComparison.Ordinal);
    }
}
