using System.Collections.Immutable;
using CrmTui.Demo.Simulation;

namespace CrmTui.Demo.Tests.Simulation;

public sealed class ArgvReaderTests
{
    private static readonly ImmutableArray<string> Argv =
        ["crm_resource", "--output-as=xml", "--cleanup", "--resource=web-server", "--node", "node2"];

    [Fact]
    public void Values_are_read_in_both_spellings_and_the_program_name_is_not_an_option()
    {
        Assert.Equal("web-server", ArgvReader.Value(Argv, "--resource"));
        Assert.Equal("node2", ArgvReader.Value(Argv, "--node"));
        Assert.Null(ArgvReader.Value(Argv, "--interval"));
        Assert.True(ArgvReader.Has(Argv, "--cleanup"));
        Assert.True(ArgvReader.Has(Argv, "--resource"));
        Assert.False(ArgvReader.Has(Argv, "crm_resource"));
        Assert.False(ArgvReader.Has(Argv, "--refresh"));
    }
}
