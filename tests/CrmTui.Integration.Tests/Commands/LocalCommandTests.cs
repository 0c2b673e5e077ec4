using CrmTui.Integration.Tests.Lab;
using Xunit.Abstractions;

namespace CrmTui.Integration.Tests.Commands;

/// <summary>The command scenarios through the lab's local namespace runner.</summary>
[Collection(LabCollection.Name)]
public sealed class LocalCommandTests(SingleNodeLab lab, ITestOutputHelper output)
    : CommandScenarios(lab, output, LabTransports.Local);
