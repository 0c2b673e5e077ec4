using CrmTui.Transport;

namespace CrmTui.Integration.Tests.Demo;

/// <summary>install.sh's arguments, messages and exit codes where no build is needed: each runs
/// in a second or less.</summary>
public sealed class InstallScriptTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("crmtui-install-script-").FullName;

    private static string Script => Path.Combine(Checkout.Root ?? throw new InvalidOperationException("not run from a checkout"), "install.sh");

    [Fact]
    public async Task Help_lists_every_option_and_exits_0()
    {
        var result = await RunAsync(null, "--help");

        Assert.Equal(0, result.ExitCode);
        foreach (var option in new[] { "--prefix DIR", "--with-pacemaker-tools", "--uninstall", "--help" })
            Assert.Contains(option, result.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--bogus")]
    [InlineData("--prefix")]
    [InlineData("--prefix=")]
    public async Task A_usage_error_says_what_is_wrong_and_exits_2(string argument)
    {
        var result = await RunAsync(null, argument);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("install.sh: error:", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("Usage: ./install.sh", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_dotnet_it_says_how_to_get_the_sdk_and_exits_1()
    {
        // Given: a PATH with the few tools the script uses before its SDK check, and no dotnet
        var path = ToolsOnlyPath();

        var result = await RunAsync(path, "--prefix", Path.Combine(_dir, "prefix"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("the .NET SDK is not installed ('dotnet' is not on PATH)", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("https://learn.microsoft.com/dotnet/core/install/linux", result.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_dir, "prefix")));
    }

    [Fact]
    public async Task With_only_an_older_sdk_it_names_the_installed_ones_and_exits_1()
    {
        var path = ToolsOnlyPath();
        var dotnet = Path.Combine(path, "dotnet");
        await File.WriteAllTextAsync(dotnet, "#!/bin/sh\necho '8.0.404 [/usr/share/dotnet/sdk]'\n");
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(dotnet, UnixFileMode.UserRead | UnixFileMode.UserExecute);

        var result = await RunAsync(path, "--prefix", Path.Combine(_dir, "prefix"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("the .NET 10 SDK is missing (installed SDKs: 8.0.404 [/usr/share/dotnet/sdk]", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Uninstall_removes_the_binary_and_a_second_uninstall_is_no_error()
    {
        var prefix = Path.Combine(_dir, "prefix");
        var binary = Path.Combine(prefix, "bin", "crmtui");
        Directory.CreateDirectory(Path.GetDirectoryName(binary)!);
        await File.WriteAllTextAsync(binary, "not really crmtui");
        var neighbour = Path.Combine(prefix, "bin", "other-tool");
        await File.WriteAllTextAsync(neighbour, "");

        var first = await RunAsync(null, "--uninstall", "--prefix", prefix);
        var second = await RunAsync(null, "--uninstall", "--prefix", prefix);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal($"install.sh: removed {binary}\n", first.Stdout);
        Assert.False(File.Exists(binary));
        Assert.True(File.Exists(neighbour));
        Assert.Equal(0, second.ExitCode);
        Assert.Equal($"install.sh: nothing to remove: {binary} does not exist\n", second.Stdout);
    }

    [ShellcheckFact]
    public async Task Install_sh_is_shellcheck_clean()
    {
        var result = await new LocalProcessRunner().RunAsync(CommandLine.Of("shellcheck", "--severity=style", Script));

        Assert.True(result.Succeeded, result.Stdout + result.Stderr);
    }

    /// <summary>A directory holding links to the only external tools install.sh runs before
    /// it looks for dotnet, to be the whole PATH.</summary>
    private string ToolsOnlyPath()
    {
        var path = Directory.CreateDirectory(Path.Combine(_dir, "path")).FullName;
        foreach (var tool in new[] { "dirname", "grep", "tr" })
            File.CreateSymbolicLink(Path.Combine(path, tool), Which(tool));
        return path;
    }

    private static string Which(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, program)).FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException($"{program} is not on PATH");

    private static Task<CommandResult> RunAsync(string? path, params string[] args)
    {
        var command = CommandLine.Of([Which("bash"), Script, .. args]).WithTimeout(TimeSpan.FromSeconds(60));
        return new LocalProcessRunner().RunAsync(path is null ? command : command.WithEnvironment("PATH", path));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
