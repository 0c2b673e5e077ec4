using CrmTui.Transport;

namespace CrmTui.Integration.Tests.Demo;

/// <summary>install.sh's arguments, messages and exit codes where no real build is needed (a
/// stand-in dotnet where one is): each runs in a second or less.</summary>
public sealed class InstallScriptTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("crmtui-install-script-").FullName;

    private static string Script => Path.Combine(Checkout.Root ?? throw new InvalidOperationException("not run from a checkout"), "install.sh");

    [Fact]
    public async Task Help_lists_every_option_and_exits_0()
    {
        var result = await RunAsync(null, "--help");

        Assert.Equal(0, result.ExitCode);
        foreach (var option in new[] { "--prefix DIR", "--with-pacemaker-tools", "--no-aot", "--uninstall", "--help" })
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

    [Fact]
    public async Task When_Native_AOT_cannot_build_it_says_why_and_installs_the_ReadyToRun_build()
    {
        // Given: a dotnet whose Native AOT publish fails the way a machine without a C linker does
        var (path, log) = await FakeDotnetAsync(aotFails: true);
        var prefix = Path.Combine(_dir, "prefix");

        var result = await RunAsync(path, "--prefix", prefix);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Native AOT could not build here", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("error : Requested linker ('clang') not found in PATH.", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("falling back to a trimmed single-file ReadyToRun build", result.Stdout, StringComparison.Ordinal);
        Assert.Contains($"install.sh: installed {Path.Combine(prefix, "bin", "crmtui")} (", result.Stdout, StringComparison.Ordinal);
        Assert.Contains(", ReadyToRun)", result.Stdout, StringComparison.Ordinal);
        Assert.Equal("built by r2r\n", await RunBinaryAsync(prefix));
        var publishes = (await File.ReadAllLinesAsync(log)).Where(l => l.StartsWith("publish", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, publishes.Count);
        Assert.Contains("-p:PublishAot=true", publishes[0], StringComparison.Ordinal);
        Assert.Contains("-p:PublishReadyToRun=true", publishes[1], StringComparison.Ordinal);
        Assert.Contains("-p:PublishTrimmed=true", publishes[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_no_aot_it_builds_only_ReadyToRun_and_running_it_again_replaces_the_binary_and_leaves_nothing_else()
    {
        var (path, log) = await FakeDotnetAsync(aotFails: false);
        var prefix = Path.Combine(_dir, "prefix");

        var first = await RunAsync(path, "--prefix", prefix);
        var again = await RunAsync(path, "--prefix", prefix, "--no-aot");

        Assert.Equal(0, first.ExitCode);
        Assert.Contains(", Native AOT)", first.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, again.ExitCode);
        Assert.Contains(", ReadyToRun)", again.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Native AOT could not build", again.Stdout, StringComparison.Ordinal);
        Assert.Equal("built by r2r\n", await RunBinaryAsync(prefix));
        Assert.Equal(["crmtui"], Directory.GetFiles(Path.Combine(prefix, "bin")).Select(Path.GetFileName));
        var publishes = (await File.ReadAllLinesAsync(log)).Where(l => l.StartsWith("publish", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, publishes.Count);
        Assert.Contains("-p:PublishAot=true", publishes[0], StringComparison.Ordinal);
        Assert.DoesNotContain("PublishAot", publishes[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_both_builds_fail_it_shows_the_build_output_and_exits_1()
    {
        var (path, _) = await FakeDotnetAsync(aotFails: true, r2rFails: true);
        var prefix = Path.Combine(_dir, "prefix");

        var result = await RunAsync(path, "--prefix", prefix);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("install.sh: error: dotnet publish failed", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("error CS0000: the r2r build broke", result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(prefix, "bin", "crmtui")));
    }

    [ShellcheckFact]
    public async Task Install_sh_is_shellcheck_clean()
    {
        var result = await new LocalProcessRunner().RunAsync(CommandLine.Of("shellcheck", "--severity=style", Script));

        Assert.True(result.Succeeded, result.Stdout + result.Stderr);
    }

    /// <summary>
    /// A PATH whose first directory holds a stand-in <c>dotnet</c>: it reports a .NET 10 SDK, logs
    /// each call's arguments to the returned file, and "publishes" a script that prints which build
    /// made it, or fails as a real build does (the Native AOT one with the ILCompiler's own message
    /// for a missing linker). The real builds are the InstalledCrmTui fixture's.
    /// </summary>
    private async Task<(string Path, string Log)> FakeDotnetAsync(bool aotFails, bool r2rFails = false)
    {
        var dir = Directory.CreateDirectory(Path.Combine(_dir, "fake-dotnet")).FullName;
        var log = Path.Combine(_dir, "dotnet-calls.log");
        var script = $$"""
            #!/bin/sh
            echo "$*" >> '{{log}}'
            case "$1" in --list-sdks) echo '10.0.401 [/usr/share/dotnet/sdk]'; exit 0 ;; publish) ;; *) exit 0 ;; esac
            out=""; kind=r2r
            while [ $# -gt 0 ]; do
              case "$1" in -o) out="$2"; shift ;; -p:PublishAot=true) kind=aot ;; esac
              shift
            done
            if [ "$kind" = aot ] && {{(aotFails ? "true" : "false")}}; then
              echo "  /nuget/microsoft.dotnet.ilcompiler/build/Microsoft.NETCore.Native.Unix.targets(318,5): error : Requested linker ('clang') not found in PATH."
              exit 1
            fi
            if [ "$kind" = r2r ] && {{(r2rFails ? "true" : "false")}}; then
              echo "Program.cs(1,1): error CS0000: the r2r build broke"
              exit 1
            fi
            mkdir -p "$out"
            printf '#!/bin/sh\necho built by %s\n' "$kind" > "$out/crmtui"
            chmod +x "$out/crmtui"
            """;
        var dotnet = Path.Combine(dir, "dotnet");
        await File.WriteAllTextAsync(dotnet, script.Replace("\r\n", "\n", StringComparison.Ordinal) + "\n");
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(dotnet, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return (dir + ":" + Environment.GetEnvironmentVariable("PATH"), log);
    }

    private static async Task<string> RunBinaryAsync(string prefix) =>
        (await new LocalProcessRunner().RunAsync(CommandLine.Of(Path.Combine(prefix, "bin", "crmtui")).WithTimeout(TimeSpan.FromSeconds(10)))).Stdout;

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
