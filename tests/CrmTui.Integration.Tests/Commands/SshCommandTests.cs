using CrmTui.Integration.Tests.Lab;
using Xunit.Abstractions;

namespace CrmTui.Integration.Tests.Commands;

/// <summary>The command scenarios through <see cref="Transport.SshCommandRunner"/> to the lab's sshd.</summary>
[Collection(LabCollection.Name)]
public sealed class SshCommandTests(SingleNodeLab lab, ITestOutputHelper output)
    : CommandScenarios(lab, output, LabTransports.Ssh);
