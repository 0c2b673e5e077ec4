using CrmTui.Cli.Tests.Status;

namespace CrmTui.Cli.Tests.Actions;

/// <summary>The action verbs from the composed root, and the hot-path root status and check start with.</summary>
public sealed class CliRootTests
{
    [Theory]
    [InlineData("node", "standby", "n1", "--dry-run")]
    [InlineData("resource", "cleanup", "--dry-run")]
    [InlineData("cluster", "maintenance", "on", "--dry-run")]
    [InlineData("ticket", "grant", "t1", "--dry-run")]
    public async Task Every_action_verb_is_reachable_from_the_root(params string[] args)
    {
        // A dry run needs no cluster: the real local runner only formats the command.
        var (exit, output, error) = await VerbRun.RunAsync(CliApp.BuildRoot(), args);

        Assert.True(exit == 0, error);
        Assert.Single(output.TrimEnd('\n').Split('\n'));
    }

    [Theory]
    [InlineData("status", "--xml-file", "healthy.xml", "-o", "json")]
    [InlineData("check", "--xml-file", "trouble.xml")]
    [InlineData("status", "--xml-file", "truncated.xml")]
    [InlineData("status", "--bogus")]
    public async Task The_hot_path_root_answers_exactly_as_the_full_root(params string[] args)
    {
        var argv = args.Select(a => a.EndsWith(".xml", StringComparison.Ordinal) ? Corpus.Fixture(a) : a).ToArray();

        var full = await VerbRun.RunAsync(CliApp.BuildRoot(), argv);
        var hot = await VerbRun.RunAsync(CliApp.HotPathRoot(argv)!, argv);

        Assert.Equal(full, hot);
    }

    [Theory]
    [InlineData]
    [InlineData("--help")]
    [InlineData("--config", "x.toml", "status")]
    [InlineData("node", "standby", "n1")]
    public void Anything_but_a_leading_status_or_check_gets_the_full_root(params string[] args) =>
        Assert.Null(CliApp.HotPathRoot(args));
}
