using System.Collections.Immutable;

namespace CrmTui.Core.Model;

/// <summary>
/// A bundle's <c>replica</c>: up to four primitives in this order — IP address (optional), the
/// bundled primitive, the container, the remote connection (optional). <see cref="Resources"/>
/// keeps them as written; the role properties pick them out by agent.
/// </summary>
public sealed record BundleReplica : ResourceItem
{
    public ImmutableArray<ResourceItem> Resources { get; init; } = [];

    public override string Kind => "replica";
    public override ImmutableArray<ResourceItem> ChildItems => Resources;

    public PrimitiveResource? IpAddress => Primitives.FirstOrDefault(IsIp);
    public PrimitiveResource? Container => Primitives.FirstOrDefault(IsContainer);
    public PrimitiveResource? RemoteConnection => Primitives.FirstOrDefault(IsRemote);

    /// <summary>The bundled primitive: the one that is not IP, container or remote connection.</summary>
    public PrimitiveResource? Primitive => Primitives.FirstOrDefault(p => !IsIp(p) && !IsContainer(p) && !IsRemote(p));

    private IEnumerable<PrimitiveResource> Primitives => Resources.OfType<PrimitiveResource>();

    // Pacemaker names the IP "<bundle>-ip-<address>" and writes it first; a bundled primitive
    // that happens to be an IPaddr2 is neither.
    private bool IsIp(PrimitiveResource p) =>
        p.AgentType.StartsWith("IPaddr", StringComparison.Ordinal)
        && (p.Id.Contains("-ip-", StringComparison.Ordinal) || (Resources.Length >= 3 && ReferenceEquals(Resources[0], p)));

    private static bool IsContainer(PrimitiveResource p) =>
        p.AgentType is "docker" or "podman" or "rkt";

    private static bool IsRemote(PrimitiveResource p) => p.Agent == "ocf:pacemaker:remote";
}
