using CrmTui.Transport;

namespace CrmTui.Transport.Tests.Quoting;

public sealed class RemoteShellQuotingTests
{
    [Theory]
    [InlineData("plain", "'plain'")]
    [InlineData("", "''")]
    [InlineData("a'b", @"'a'\''b'")]
    [InlineData("'", @"''\'''")]
    [InlineData("$(id)", "'$(id)'")]
    [InlineData("`id`", "'`id`'")]
    [InlineData("a;b|c&d", "'a;b|c&d'")]
    [InlineData("*~", "'*~'")]
    [InlineData("\"x\"", "'\"x\"'")]
    [InlineData("line1\nline2", "'line1\nline2'")]
    [InlineData("-rf", "'-rf'")]
    [InlineData("ünïcødé ✓", "'ünïcødé ✓'")]
    public void Quote_wraps_each_argument_in_single_quotes_exactly_once(string argument, string expected)
    {
        Assert.Equal(expected, RemoteShellQuoting.Quote(argument));
    }

    [Fact]
    public void Join_quotes_every_word_and_separates_with_one_space()
    {
        Assert.Equal("'crm_mon' '' 'a b'", RemoteShellQuoting.Join(["crm_mon", "", "a b"]));
    }

    [Fact]
    public void Remote_command_carries_environment_through_env_and_sudo_through_sudo_n()
    {
        // Given a command with an environment variable
        var command = CommandLine.Of("crm_mon", "-1").WithEnvironment("CIB_file", "/tmp/c ib.xml");

        // When it is rendered for a sudo target
        var remote = RemoteShellQuoting.RemoteCommand(command, sudo: true);

        // Then sudo -n comes first, then env with the assignment as one quoted word
        Assert.Equal("'sudo' '-n' 'env' 'CIB_file=/tmp/c ib.xml' 'crm_mon' '-1'", remote);
    }

    [Theory]
    [InlineData("A B")]
    [InlineData("1X")]
    [InlineData("X=Y")]
    [InlineData("")]
    [InlineData("rm;x")]
    public void An_environment_name_that_is_not_a_shell_identifier_is_refused(string name)
    {
        var command = CommandLine.Of("crm_mon").WithEnvironment(name, "v");

        Assert.Throws<ArgumentException>(() => RemoteShellQuoting.RemoteCommand(command));
    }

    [Fact]
    public void Remote_command_without_environment_or_sudo_is_just_the_quoted_argv()
    {
        Assert.Equal("'crm_mon' '-1'", RemoteShellQuoting.RemoteCommand(CommandLine.Of("crm_mon", "-1")));
    }

    [Fact]
    public void Posix_format_leaves_plain_words_alone_and_keeps_newlines_on_one_line()
    {
        var command = CommandLine.Of("crm_attribute", "--node", "n1", "it's", "a\nb", "").WithEnvironment("CIB_file", "x.xml");

        Assert.Equal(@"env CIB_file=x.xml crm_attribute --node n1 'it'\''s' $'a\nb' ''", PosixArgvFormat.Format(command));
    }
}
