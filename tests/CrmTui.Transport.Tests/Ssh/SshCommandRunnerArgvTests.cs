using CrmTui.TestKit.Fakes;
using CrmTui.Transport;

namespace CrmTui.Transport.Tests.Ssh;

/// <summary>The ssh runner's argv and error mapping, with the ssh client replaced by a recording runner.</summary>
public sealed class SshCommandRunnerArgvTests : IDisposable
{
    private readonly string _controlDir = Directory.CreateTempSubdirectory("crmtui-ssh-test-").FullName;

    public void Dispose() => Directory.Delete(_controlDir, recursive: true);

    private SshCommandRunner Runner(SshTarget target, RecordingRunner local) =>
        new(target, SshControlDirectory.At(_controlDir), local);

    [Fact]
    public void The_ssh_argv_has_batch_mode_keepalives_multiplexing_and_the_quoted_command_after_the_host()
    {
        // Given a target with every per-host option set
        var target = new SshTarget("node1")
        {
            User = "hacluster", Port = 2222, IdentityFile = "/keys/id", JumpHost = "bastion",
            ExtraOptions = ["StrictHostKeyChecking=yes"], ConnectTimeout = TimeSpan.FromSeconds(4),
        };
        using var runner = Runner(target, new RecordingRunner());

        // When the argv for a command is built
        var argv = runner.BuildArgv(CommandLine.Of("crm_mon", "--output-as=xml"));

        // Then it is exactly this, with no shell anywhere on the local side
        Assert.Equal(
        [
            "ssh", "-o", "BatchMode=yes", "-o", "StrictHostKeyChecking=yes", "-T",
            "-o", "ConnectTimeout=4", "-o", "ServerAliveInterval=5", "-o", "ServerAliveCountMax=3",
            "-o", "ControlMaster=auto", "-o", $"ControlPath={_controlDir}/%C", "-o", "ControlPersist=300",
            "-p", "2222", "-l", "hacluster", "-i", "/keys/id", "-J", "bastion",
            "--", "node1", "'crm_mon' '--output-as=xml'",
        ], argv.ToArray());
    }

    [Fact]
    public void By_default_nothing_in_the_argv_weakens_host_key_checking()
    {
        // Given a target with nothing but a host (what --host H gives)
        using var runner = Runner(new SshTarget("node1"), new RecordingRunner());

        // When the argv is built
        var argv = runner.BuildArgv(CommandLine.Of("crm_mon", "--output-as=xml")).ToArray();

        // Then host keys are checked as the user's ssh_config says (OpenSSH's default: an unknown
        // key is refused under BatchMode): no StrictHostKeyChecking=no/accept-new, no
        // known_hosts redirected to /dev/null, no other host key option of ours
        Assert.DoesNotContain(argv, a => a.Contains("StrictHostKeyChecking", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(argv, a => a.Contains("KnownHostsFile", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(argv, a => a.Contains("HostKey", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(argv, a => a.Contains("/dev/null", StringComparison.Ordinal));
        Assert.Contains("BatchMode=yes", argv);
    }

    [Fact]
    public void Without_multiplexing_control_master_and_path_are_off()
    {
        using var runner = new SshCommandRunner(new SshTarget("n1") { Multiplex = false }, local: new RecordingRunner());

        var argv = runner.BuildArgv(CommandLine.Of("true"));

        Assert.Contains("ControlMaster=no", argv);
        Assert.Contains("ControlPath=none", argv);
        Assert.Null(runner.ControlPath);
    }

    [Fact]
    public void Format_is_the_remote_command_string_with_sudo_and_environment()
    {
        using var runner = Runner(new SshTarget("n1") { Sudo = true }, new RecordingRunner());

        var text = runner.Format(CommandLine.Of("crm_mon", "-1").WithEnvironment("CIB_file", "a b"));

        Assert.Equal("'sudo' '-n' 'env' 'CIB_file=a b' 'crm_mon' '-1'", text);
    }

    [Theory]
    [InlineData("-oProxyCommand=touch /tmp/pwned")]
    [InlineData("-p")]
    [InlineData("")]
    [InlineData("node 1")]
    public void A_host_starting_with_a_dash_or_holding_spaces_is_refused(string host)
    {
        var ex = Assert.Throws<TransportException>(() => new SshCommandRunner(new SshTarget(host), local: new RecordingRunner()));

        Assert.Equal(TransportFailure.InvalidRequest, ex.Failure);
    }

    [Fact]
    public void A_user_or_jump_host_starting_with_a_dash_is_refused()
    {
        Assert.Equal(TransportFailure.InvalidRequest,
            Assert.Throws<TransportException>(() => new SshCommandRunner(new SshTarget("n1") { User = "-x" }, local: new RecordingRunner())).Failure);
        Assert.Equal(TransportFailure.InvalidRequest,
            Assert.Throws<TransportException>(() => new SshCommandRunner(new SshTarget("n1") { JumpHost = "-J" }, local: new RecordingRunner())).Failure);
    }

    [Theory]
    [InlineData("Host key verification failed.", TransportFailure.HostKeyRejected, "known_hosts")]
    [InlineData("No ED25519 host key is known for [127.0.0.1]:2222 and you have requested strict checking.\r\nHost key verification failed.", TransportFailure.HostKeyRejected, "ssh-keyscan")]
    [InlineData("@@@@@@@@\r\n@    WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!     @\r\n", TransportFailure.HostKeyRejected, "ssh-keygen -R node1")]
    [InlineData("ssh: connect to host node1 port 22: Connection refused", TransportFailure.ConnectionFailed, "node1")]
    [InlineData("ssh: connect to host node1 port 22: Connection timed out", TransportFailure.ConnectionFailed, "node1")]
    [InlineData("ssh: Could not resolve hostname node1: Name or service not known", TransportFailure.ConnectionFailed, "node1")]
    [InlineData("Timeout, server node1 not responding.", TransportFailure.ConnectionFailed, "node1")]
    [InlineData("root@node1: Permission denied (publickey).", TransportFailure.AuthenticationFailed, "--identity")]
    [InlineData("command-line line 0: Bad configuration option: nosuch", TransportFailure.SshError, "node1")]
    public async Task Ssh_failures_at_exit_255_are_classified_with_a_message_naming_the_host(string stderr, TransportFailure expected, string hint)
    {
        // Given an ssh client that fails with exit 255 and this message
        using var runner = Runner(new SshTarget("node1"), new RecordingRunner().WhenProgram("ssh", exitCode: 255, stderr: stderr));

        // When a command runs
        var ex = await Assert.ThrowsAsync<TransportException>(() => runner.RunAsync(CommandLine.Of("crm_mon")));

        // Then the failure is classified and the message names the host and the way out
        Assert.Equal(expected, ex.Failure);
        Assert.Equal("ssh node1", ex.Target);
        Assert.Contains("node1", ex.Message);
        Assert.Contains(hint, ex.Message);
    }

    [Fact]
    public async Task A_remote_command_exiting_255_without_an_ssh_message_is_a_plain_result()
    {
        using var runner = Runner(new SshTarget("node1"), new RecordingRunner().WhenProgram("ssh", exitCode: 255, stdout: "x", stderr: "my tool failed"));

        var result = await runner.RunAsync(CommandLine.Of("my-tool"));

        Assert.Equal((255, "my tool failed"), (result.ExitCode, result.Stderr));
    }

    [Fact]
    public async Task Sudo_asking_for_a_password_is_sudo_needs_password_not_a_prompt()
    {
        var local = new RecordingRunner().WhenProgram("ssh", exitCode: 1, stderr: "sudo: a password is required\n");
        using var runner = Runner(new SshTarget("node1") { Sudo = true, User = "ops" }, local);

        var ex = await Assert.ThrowsAsync<TransportException>(() => runner.RunAsync(CommandLine.Of("crm_mon")));

        Assert.Equal(TransportFailure.SudoNeedsPassword, ex.Failure);
        Assert.Contains("NOPASSWD", ex.Message);
    }

    [Fact]
    public async Task A_local_timeout_of_the_ssh_client_is_reported_as_a_timeout_on_the_host()
    {
        var local = new RecordingRunner().Throws(_ => true, TransportFailure.Timeout);
        using var runner = Runner(new SshTarget("node1"), local);

        var ex = await Assert.ThrowsAsync<TransportException>(() => runner.RunAsync(CommandLine.Of("sleep", "600")));

        Assert.Equal((TransportFailure.Timeout, "ssh node1"), (ex.Failure, ex.Target));
        Assert.Contains("sleep on node1", ex.Message);
    }

    [Fact]
    public async Task An_invalid_environment_name_is_an_invalid_request_and_nothing_runs()
    {
        var local = new RecordingRunner();
        using var runner = Runner(new SshTarget("node1"), local);

        var ex = await Assert.ThrowsAsync<TransportException>(() => runner.RunAsync(CommandLine.Of("crm_mon").WithEnvironment("X;rm", "1")));

        Assert.Equal(TransportFailure.InvalidRequest, ex.Failure);
        Assert.Empty(local.Calls);
    }

    [Fact]
    public async Task Disposing_a_cluster_closes_the_master_of_every_ssh_host()
    {
        // Given a cluster of two ssh hosts, the first of which served a call
        var (local1, local2) = (new RecordingRunner(), new RecordingRunner());
        var cluster = new FailoverRunner(
            [Runner(new SshTarget("n1"), local1), Runner(new SshTarget("n2"), local2)],
            (_, _) => Task.FromResult(HostVerdict.Ok));
        await cluster.RunAsync(CommandLine.Of("crm_mon"));

        // When the cluster is disposed
        await cluster.DisposeAsync();

        // Then n1's master got ssh -O exit, and n2, never used, got nothing
        Assert.Equal(["-O", "exit", "--", "n1"], local1.Argvs[^1][^4..]);
        Assert.Empty(local2.Calls);
    }

    [Fact]
    public async Task A_missing_ssh_client_is_program_not_found()
    {
        var local = new RecordingRunner().Throws(_ => true, TransportFailure.ProgramNotFound);
        using var runner = Runner(new SshTarget("node1"), local);

        var ex = await Assert.ThrowsAsync<TransportException>(() => runner.RunAsync(CommandLine.Of("crm_mon")));

        Assert.Equal(TransportFailure.ProgramNotFound, ex.Failure);
        Assert.Contains("openssh-client", ex.Message);
    }

    [Fact]
    public async Task The_timeout_and_stdin_of_the_command_are_passed_to_the_ssh_client()
    {
        var local = new RecordingRunner();
        using var runner = Runner(new SshTarget("node1"), local);

        await runner.RunAsync(CommandLine.Of("cibadmin", "--replace", "--xml-pipe").WithTimeout(TimeSpan.FromSeconds(7)) with { StandardInput = "<cib/>" });

        Assert.Equal(TimeSpan.FromSeconds(7), local.Calls[0].Timeout);
        Assert.Equal("<cib/>", local.Calls[0].StandardInput);
    }

    [Fact]
    public async Task Close_sends_ssh_O_exit_once_and_only_after_a_master_may_exist()
    {
        // Given a runner that has not run anything yet
        var local = new RecordingRunner();
        var runner = Runner(new SshTarget("node1"), local);

        // When it is closed before and after a command
        await runner.CloseAsync();
        var callsBefore = local.Calls.Count;
        await runner.RunAsync(CommandLine.Of("true"));
        await runner.DisposeAsync();

        // Then only the second close sent -O exit, for the same control path and host
        Assert.Equal(0, callsBefore);
        var exit = local.Argvs.Last();
        Assert.Equal(["-O", "exit", "--", "node1"], exit[^4..]);
        Assert.Contains($"ControlPath={_controlDir}/%C", exit);
    }
}
