using CrmTui.Transport;

namespace CrmTui.Integration.Tests.Lab;

/// <summary>One node of a multi-node lab: its name (node1…node3, remote1), its index for
/// <c>lab-node.sh --node</c>, its address on the lab bridge, and a runner inside its namespaces.</summary>
public sealed record LabNode(string Name, int Index, string Address, ICommandRunner Runner);
