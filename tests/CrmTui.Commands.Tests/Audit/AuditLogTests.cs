using System.Collections.Immutable;
using System.Text.Json;
using CrmTui.Commands.Actions.Resources;
using CrmTui.Commands.Audit;
using CrmTui.Commands.Execution;
using CrmTui.Commands.Tests.Execution;
using CrmTui.Commands.Tests.Support;

namespace CrmTui.Commands.Tests.Audit;

public sealed class AuditLogTests
{
    [Fact]
    public async Task The_executor_logs_who_ran_what_where_and_how_it_ended()
    {
        // Given a runner that fails the command with a message on stderr
        var fixture = new ExecutorFixture();
        fixture.Runner.WhenProgram("crm_resource", exitCode: 1, stderr: "Error performing operation: Timer expired");

        // When an action runs
        await fixture.Executor.RunAsync(new CleanupResource("vip", "n1"));

        // Then one entry records it
        var entry = Assert.Single(fixture.Audit.Entries);
        Assert.Equal(ExecutorFixture.Now, entry.Time);
        Assert.Equal("alice", entry.User);
        Assert.Equal("prod", entry.Cluster);
        Assert.Equal("ssh node1", entry.Host);
        Assert.Equal("resource.cleanup", entry.Action);
        Assert.Equal("vip", entry.Target);
        Assert.Equal(["crm_resource", "--output-as=xml", "--cleanup", "--resource=vip", "--node=n1"], entry.Argv.ToArray());
        Assert.Equal(1, entry.ExitCode);
        Assert.Equal("Error performing operation: Timer expired", entry.Error);
    }

    [Fact]
    public async Task When_the_audit_log_cannot_be_written_the_outcome_says_so()
    {
        var fixture = new ExecutorFixture();
        fixture.Audit.FailWith = new IOException("disk full");

        var outcome = await fixture.Executor.RunAsync(new CleanupResource("vip"));

        Assert.True(outcome.Succeeded);
        Assert.EndsWith("(audit log not written: disk full)", outcome.Summary);
    }

    [Fact]
    public void An_entry_is_one_json_line_with_every_field()
    {
        var entry = new AuditEntry(new DateTimeOffset(2026, 11, 22, 6, 30, 15, 123, TimeSpan.FromHours(2)),
            "alice", "prod", "ssh node1", "resource.move", "vip",
            ["crm_resource", "--move", "--resource=a\"b\nc"], 0, TimeSpan.FromMilliseconds(1234.4), "line1\nline2");

        var line = JsonLinesAuditLog.ToJson(entry);

        Assert.DoesNotContain('\n', line);
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        Assert.Equal("2026-11-22T04:30:15.123Z", root.GetProperty("time").GetString());
        Assert.Equal("alice", root.GetProperty("user").GetString());
        Assert.Equal("prod", root.GetProperty("cluster").GetString());
        Assert.Equal("ssh node1", root.GetProperty("host").GetString());
        Assert.Equal("resource.move", root.GetProperty("action").GetString());
        Assert.Equal("vip", root.GetProperty("target").GetString());
        Assert.Equal(["crm_resource", "--move", "--resource=a\"b\nc"],
            root.GetProperty("argv").EnumerateArray().Select(e => e.GetString()!).ToArray());
        Assert.Equal(0, root.GetProperty("exit_code").GetInt32());
        Assert.Equal(1234, root.GetProperty("duration_ms").GetInt64());
        Assert.Equal("line1\nline2", root.GetProperty("error").GetString());
    }

    [Fact]
    public void A_command_that_never_ran_has_a_null_exit_code()
    {
        var entry = new AuditEntry(DateTimeOffset.UnixEpoch, "u", "c", "h", "a", "t", ["x"], null, TimeSpan.Zero, "timeout");
        using var json = JsonDocument.Parse(JsonLinesAuditLog.ToJson(entry));
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("exit_code").ValueKind);
    }

    [Fact]
    public void A_long_error_is_cut_to_an_excerpt()
    {
        var entry = new AuditEntry(DateTimeOffset.UnixEpoch, "u", "c", "h", "a", "t", ["x"], 1, TimeSpan.Zero, new string('e', 5000));
        using var json = JsonDocument.Parse(JsonLinesAuditLog.ToJson(entry));
        Assert.Equal(JsonLinesAuditLog.ErrorExcerptLength + 1, json.RootElement.GetProperty("error").GetString()!.Length);
    }

    [Fact]
    public void The_file_log_appends_lines_and_keeps_earlier_ones()
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "state", "crmtui", "audit.jsonl");
        var entry = new AuditEntry(DateTimeOffset.UnixEpoch, "u", "c", "h", "a", "t", ["x"], 0, TimeSpan.Zero, "");

        new JsonLinesAuditLog(path).Append(entry);
        new JsonLinesAuditLog(path).Append(entry with { Target = "second" });

        var lines = File.ReadAllLines(path);
        Assert.Equal(2, lines.Length);
        Assert.Equal("t", JsonDocument.Parse(lines[0]).RootElement.GetProperty("target").GetString());
        Assert.Equal("second", JsonDocument.Parse(lines[1]).RootElement.GetProperty("target").GetString());
    }

    [Fact]
    public void The_file_log_is_private_to_its_owner()
    {
        if (OperatingSystem.IsWindows())
            return;
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "crmtui", "audit.jsonl");

        new JsonLinesAuditLog(path).Append(new AuditEntry(DateTimeOffset.UnixEpoch, "u", "c", "h", "a", "t", ["x"], 0, TimeSpan.Zero, ""));

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute,
            File.GetUnixFileMode(Path.GetDirectoryName(path)!));
    }

    [Fact]
    public void The_default_path_follows_XDG_STATE_HOME()
    {
        var env = ImmutableDictionary<string, string?>.Empty.Add("XDG_STATE_HOME", "/srv/state").Add("HOME", "/home/alice");
        Assert.Equal("/srv/state/crmtui/audit.jsonl", AuditLogPath.Resolve(n => env.GetValueOrDefault(n)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("relative/state")]
    public void Without_a_usable_XDG_STATE_HOME_the_path_is_under_the_home_directory(string? stateHome)
    {
        var env = ImmutableDictionary<string, string?>.Empty.Add("XDG_STATE_HOME", stateHome).Add("HOME", "/home/alice");
        Assert.Equal("/home/alice/.local/state/crmtui/audit.jsonl", AuditLogPath.Resolve(n => env.GetValueOrDefault(n)));
    }

    [Fact]
    public async Task Refusals_and_dry_runs_leave_no_audit_line_because_nothing_ran()
    {
        var fixture = new ExecutorFixture(policy: ConfirmationPolicy.DisruptiveAndDestructive);

        await fixture.Executor.RunAsync(new DisableResource("vip"));
        await fixture.Executor.RunAsync(new DisableResource("vip"), new ActionRequest(DryRun: true));

        Assert.Empty(fixture.Audit.Entries);
    }
}
