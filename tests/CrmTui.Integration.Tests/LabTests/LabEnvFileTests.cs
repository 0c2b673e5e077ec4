using CrmTui.Integration.Tests.Lab;

namespace CrmTui.Integration.Tests.LabTests;

public sealed class LabEnvFileTests
{
    [Fact]
    public void Key_value_lines_are_read_and_anything_else_is_ignored()
    {
        var values = LabEnvFile.Parse("NODE_NAME=node1\nnoise line\n[lab x] up: a=b\nIDENTITY_FILE=/tmp/a=b/key\r\n");

        Assert.Equal(2, values.Count);
        Assert.Equal("node1", values["NODE_NAME"]);
        Assert.Equal("/tmp/a=b/key", values["IDENTITY_FILE"]);
    }

    [Fact]
    public void A_missing_key_names_the_key_and_what_was_there()
    {
        var values = LabEnvFile.Parse("NODE_NAME=node1\n");

        var ex = Assert.Throws<InvalidOperationException>(() => LabEnvFile.Require(values, "SSH_PORT"));

        Assert.Contains("SSH_PORT", ex.Message, StringComparison.Ordinal);
        Assert.Contains("NODE_NAME", ex.Message, StringComparison.Ordinal);
    }
}
