using System.Collections.Immutable;

namespace CrmTui.Core.Model;

/// <summary>A <c>bundle</c> element with its replicas.</summary>
public sealed record BundleResource : ResourceItem
{
    /// <summary>Container technology, raw: <c>docker</c>, <c>podman</c>, <c>rkt</c>.</summary>
    public string Type { get; init; } = "";
    public string Image { get; init; } = "";
    public bool Unique { get; init; }
    public bool Managed { get; init; }
    public bool Failed { get; init; }
    public bool? Maintenance { get; init; }
    public string? Description { get; init; }
    public ImmutableArray<ResourceItem> Replicas { get; init; } = [];

    public override string Kind => "bundle";
    public override ImmutableArray<ResourceItem> ChildItems => Replicas;
}
