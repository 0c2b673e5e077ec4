namespace CrmTui.Core.Model;

/// <summary>An operation record with the node and resource it belongs to (a flattened view of <see cref="NodeHistory"/>).</summary>
public sealed record OperationEntry(string Node, string Resource, OperationRecord Operation);
