using System.Diagnostics;
using CrmTui.Transport;

namespace CrmTui.Integration.Tests.Demo;

/// <summary>
/// One install per test run, shared by the tests of <see cref="InstallCollection"/>: HEAD of the
/// checkout is copied with <c>git archive</c> into a temporary directory (a clean checkout: no
/// build output, nothing uncommitted), and its <c>install.sh --prefix TMP/prefix</c> builds and
/// installs crmtui there. Publishing takes minutes, so it runs once, on first use; everything is
/// removed on dispose.
/// </summary>
public sealed class InstalledCrmTui : IDisposable
{
    /// <summary>Generous: a trimmed ReadyToRun publish on a loaded two-core machine took 7.5 min.</summary>
    public static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(25);

    private readonly Lazy<Task<Installation>> _installation;
    private readonly LocalProcessRunner _local = new();
    private string? _work;

    public InstalledCrmTui() => _installation = new(InstallAsync);

    /// <summary>The installation; throws (failing the test) when the copy or install.sh failed.</summary>
    public Task<Installation> GetAsync()
    {
        DemoPrerequisites.Require();
        return _installation.Value;
    }

    /// <summary>The scratch directory all of this lives in.</summary>
    public string WorkDirectory => _work ??= Directory.CreateTempSubdirectory("crmtui-install-test-").FullName;

    private async Task<Installation> InstallAsync()
    {
        var source = Path.Combine(WorkDirectory, "src");
        var prefix = Path.Combine(WorkDirectory, "prefix");
        Directory.CreateDirectory(source);

        var copy = Stopwatch.StartNew();
        var tar = Path.Combine(WorkDirectory, "head.tar");
        await RunAsync(CommandLine.Of("git", "-C", Checkout.Root!, "archive", "--format=tar", "-o", tar, "HEAD"), "git archive HEAD");
        await RunAsync(CommandLine.Of("tar", "-xf", tar, "-C", source), "tar -x");
        File.Delete(tar);
        copy.Stop();

        var install = CommandLine.Of("bash", Path.Combine(source, "install.sh"), "--prefix", prefix)
            .WithTimeout(InstallTimeout)
            .WithEnvironment("DOTNET_CLI_TELEMETRY_OPTOUT", "1")
            .WithEnvironment("DOTNET_NOLOGO", "1");
        var result = await RunAsync(install, "install.sh --prefix");
        return new Installation(prefix, Path.Combine(prefix, "bin", "crmtui"), source, copy.Elapsed, result.Duration,
            result.Stdout + result.Stderr);
    }

    private async Task<CommandResult> RunAsync(CommandLine command, string what)
    {
        var result = await _local.RunAsync(command);
        if (!result.Succeeded)
            throw new InvalidOperationException($"{what} exited {result.ExitCode}:\n{result.Stdout}{result.Stderr}");
        return result;
    }

    public void Dispose()
    {
        if (_work is not null && Directory.Exists(_work))
            Directory.Delete(_work, recursive: true);
    }
}
