using CrmTui.Cli;
using CrmTui.Transport;

namespace CrmTui.Integration.Tests.Demo;

/// <summary>
/// The binary install.sh built really works: Native AOT (or, where it cannot build, trimming for
/// the ReadyToRun fallback) can remove what System.CommandLine, the XML parser or the JSON writer
/// reach by reflection, and that shows only at run time. Each verb below runs on files of the
/// clean checkout.
/// </summary>
[Collection(InstallCollection.Name)]
public sealed class InstalledBinaryTests(InstalledCrmTui installed)
{
    [DemoFact]
    public async Task Install_sh_said_where_it_put_the_binary_and_that_the_prefix_is_not_on_PATH()
    {
        var install = await installed.GetAsync();

        Assert.Contains($"install.sh: installed {install.Binary} (", install.Output, StringComparison.Ordinal);
        // Native AOT where it builds; otherwise the fallback, and install.sh said why.
        Assert.True(install.Output.Contains(", Native AOT)", StringComparison.Ordinal)
                    || (install.Output.Contains(", ReadyToRun)", StringComparison.Ordinal)
                        && install.Output.Contains("Native AOT could not build here", StringComparison.Ordinal)),
            install.Output);
        Assert.Contains($"install.sh: note: {Path.Combine(install.Prefix, "bin")} is not on your PATH", install.Output, StringComparison.Ordinal);
        Assert.True(OperatingSystem.IsWindows() || File.GetUnixFileMode(install.Binary).HasFlag(UnixFileMode.UserExecute));
        // Single file: the prefix's bin holds the binary and nothing else (no dlls, no pdbs).
        Assert.Equal(["crmtui"], Directory.GetFiles(Path.GetDirectoryName(install.Binary)!).Select(Path.GetFileName));
    }

    [DemoFact]
    public async Task The_installed_binary_prints_status_as_text_and_json_from_a_fixture()
    {
        var install = await installed.GetAsync();
        var fixture = Path.Combine(install.Source, "tests", "CrmTui.Cli.Tests", "Status", "Fixtures", "trouble.xml");

        var text = await RunAsync(install, "status", "--xml-file", fixture);
        var json = await RunAsync(install, "status", "--xml-file", fixture, "--output", "json");
        var check = await RunAsync(install, "check", "--xml-file", fixture);

        Assert.Equal(0, text.ExitCode);
        Assert.Contains("Cluster Summary:", text.Stdout, StringComparison.Ordinal);
        Assert.Contains("Node List:", text.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, json.ExitCode);
        Assert.StartsWith("{", json.Stdout.TrimStart(), StringComparison.Ordinal);
        Assert.Contains("\"summary\"", json.Stdout, StringComparison.Ordinal);
        Assert.Contains("CLUSTER", check.Stdout, StringComparison.Ordinal);
        Assert.InRange(check.ExitCode, 1, 2);
    }

    [DemoFact]
    public async Task The_installed_binary_checks_its_example_configuration_and_rejects_a_broken_one()
    {
        var install = await installed.GetAsync();
        var dir = Directory.CreateDirectory(Path.Combine(installed.WorkDirectory, $"config-{Guid.NewGuid():N}")).FullName;
        var example = await RunAsync(install, "config", "example");
        var good = Path.Combine(dir, "good.toml");
        var bad = Path.Combine(dir, "bad.toml");
        await File.WriteAllTextAsync(good, example.Stdout);
        await File.WriteAllTextAsync(bad, "[defaults]\nrefresh_interval = \"fast\"\n");

        var ok = await RunAsync(install, "config", "check", good);
        var broken = await RunAsync(install, "config", "check", bad);
        var themes = await RunAsync(install, "themes");

        Assert.Equal(0, example.ExitCode);
        Assert.Equal(0, ok.ExitCode);
        Assert.Contains("ok", ok.Stdout, StringComparison.Ordinal);
        Assert.NotEqual(0, broken.ExitCode);
        Assert.Contains("bad.toml:2:", broken.Stdout + broken.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, themes.ExitCode);
        Assert.Contains("high-contrast", themes.Stdout, StringComparison.Ordinal);
    }

    [DemoFact]
    public async Task The_installed_binary_answers_help_and_usage_errors_like_the_built_one()
    {
        var install = await installed.GetAsync();

        var help = await RunAsync(install, "--help");
        var demoHelp = await RunAsync(install, "demo", "--help");
        var bogus = await RunAsync(install, "demo", "--scenario", "no-such-scenario");

        Assert.Equal(0, help.ExitCode);
        foreach (var verb in CliApp.BuildRoot().Subcommands.Where(c => !c.Hidden))
            Assert.Contains(verb.Name, help.Stdout, StringComparison.Ordinal);
        Assert.Contains("--scenario", demoHelp.Stdout, StringComparison.Ordinal);
        Assert.Equal(1, bogus.ExitCode);
        Assert.Contains("no-such-scenario", bogus.Stderr, StringComparison.Ordinal);
    }

    private static Task<CommandResult> RunAsync(Installation install, params string[] args) =>
        new LocalProcessRunner().RunAsync(CommandLine.Of([install.Binary, .. args]).WithTimeout(TimeSpan.FromSeconds(60)));
}
