using CrmTui.Cli.Tests.Status;
using CrmTui.Cli.Verbs.Actions;
using CrmTui.Cli.Verbs.Target;
using CrmTui.TestKit.Fakes;
using CrmTui.Transport;

namespace CrmTui.Cli.Tests.Actions;

/// <summary>
/// <c>--dry-run</c> prints one line that is exactly what the runner would send: for the local
/// runner, words a POSIX shell splits back into the very argv that runs; for ssh, the remote
/// command string the ssh client is given. Proved by running the same verb for real through a
/// recorder and comparing, and by letting /bin/sh split the line.
/// </summary>
public sealed class DryRunTests
{
    public static TheoryData<string> HostileNames => new()
    {
        "it's",
        "$(id)",
        "`id`;rm -rf /",
        "-x",
        "--delete",
        "ノード1",
        "nœud \"two\" \\ *",
    };

    [Theory]
    [MemberData(nameof(HostileNames))]
    public async Task Local_dry_run_is_one_line_that_a_shell_splits_into_the_argv_that_runs(string name)
    {
        // Given a cluster with a node of that name
        var xml = ActionFixtures.HealthyWithNode(name);

        // When the verb is dry-run through the real local runner, and run for real through a recorder
        var (dryExit, line, dryError) = await VerbRun.RunAsync(ActionFixtures.Root(_ => new LocalProcessRunner()), ["node", "standby", name, "--dry-run"]);
        var recorder = ActionFixtures.Cluster(xml);
        var (exit, _, error) = await VerbRun.RunAsync(ActionFixtures.Root(_ => recorder), ["node", "standby", name]);

        // Then the dry run printed one line, and a shell reads it as exactly the argv that ran
        Assert.True(dryExit == 0, dryError);
        Assert.True(exit == 0, error);
        Assert.Single(line.TrimEnd('\n').Split('\n'));
        var sent = recorder.Argvs[^1];
        Assert.Equal($"--node={name}", sent[2]);
        Assert.Equal(sent, await ShellWordsAsync(line.TrimEnd('\n')));
    }

    [Theory]
    [MemberData(nameof(HostileNames))]
    public async Task Ssh_dry_run_is_exactly_the_remote_command_string_ssh_is_given(string name)
    {
        // Given a cluster reached over ssh (the ssh client's argv is recorded, nothing is run)
        var xml = ActionFixtures.HealthyWithNode(name);
        var local = new RecordingRunner().WhenProgram("ssh", stdout: xml);
        var target = new SshTarget("n1") { Multiplex = false };

        // When the verb is dry-run, then run for real
        var (dryExit, line, dryError) = await VerbRun.RunAsync(
            ActionFixtures.Root(_ => new SshCommandRunner(target, local: local)), ["node", "standby", name, "--dry-run", "--host", "n1"]);
        Assert.Empty(local.Calls);
        var (exit, _, error) = await VerbRun.RunAsync(
            ActionFixtures.Root(_ => new SshCommandRunner(target, local: local)), ["node", "standby", name, "--host", "n1"]);

        // Then the line is the last word of the ssh argv that ran, and the remote shell splits
        // it into the action's argv
        Assert.True(dryExit == 0, dryError);
        Assert.True(exit == 0, error);
        var remote = line.TrimEnd('\n');
        Assert.DoesNotContain('\n', remote);
        var ssh = local.Argvs[^1];
        Assert.Equal(["--", "n1", remote], ssh[^3..]);
        Assert.Equal(["crm_attribute", "--output-as=xml", $"--node={name}", "--name=standby", "--update=on", "--lifetime=forever"],
            await ShellWordsAsync(remote));
    }

    [Fact]
    public async Task Ssh_dry_run_with_sudo_and_several_hosts_is_the_first_hosts_remote_command()
    {
        var (exit, line, _) = await VerbRun.RunAsync(
            ActionFixtures.Root(t => ClusterRunners.Create(t)),
            ["resource", "move", "it's", "--node", "$(id)", "--dry-run", "--host", "n1", "--host", "n2", "--sudo"]);

        Assert.Equal(0, exit);
        Assert.Equal("'sudo' '-n' 'crm_resource' '--output-as=xml' '--move' '--resource=it'\\''s' '--node=$(id)'\n", line);
    }

    [Fact]
    public async Task A_newline_in_a_name_is_refused_on_one_line_and_nothing_is_printed_to_run()
    {
        var runner = new RecordingRunner();

        var (exit, output, error) = await VerbRun.RunAsync(ActionFixtures.Root(_ => runner), ["node", "standby", "a\nb", "--dry-run"]);

        Assert.Equal(ActionExitCode.Invalid, exit);
        Assert.Equal("", output);
        Assert.Equal("Put node a\\nb in standby: node name \"a b\" contains control characters\n", error);
        Assert.Empty(runner.Calls);
    }

    [Fact]
    public async Task Dry_run_asks_the_cluster_nothing_and_needs_no_yes()
    {
        var runner = new RecordingRunner();

        var (exit, output, _) = await VerbRun.RunAsync(ActionFixtures.Root(_ => runner), ["node", "fence", "n1", "--dry-run"]);

        Assert.Equal(0, exit);
        Assert.Equal("stonith_admin --output-as=xml --reboot=n1\n", output);
        Assert.Empty(runner.Calls);
    }

    // How a POSIX shell splits the line into words (no command runs: printf prints each word).
    private static async Task<string[]> ShellWordsAsync(string line)
    {
        var result = await new LocalProcessRunner().RunAsync(CommandLine.Of("/bin/sh", "-c", "printf '%s\\0' " + line));
        Assert.True(result.ExitCode == 0, result.Stderr);
        return result.Stdout.Split('\0')[..^1];
    }
}
