using System.Collections.Immutable;

namespace CrmTui.Core.Model;

/// <summary>
/// A <c>resource</c> element: one primitive instance. Inside an anonymous clone every instance
/// has the same <see cref="ResourceItem.Id"/>; key instances by id + node + role.
/// </summary>
public sealed record PrimitiveResource : ResourceItem
{
    /// <summary><c>resource_agent</c>, e.g. <c>ocf:pacemaker:Dummy</c> or <c>stonith:fence_xvm</c>.</summary>
    public string Agent { get; init; } = "";
    public ResourceRole Role { get; init; }

    /// <summary>The <c>role</c> attribute exactly as written.</summary>
    public string RoleText { get; init; } = "";

    /// <summary>Copied raw from the CIB, so case varies (<c>Started</c>, <c>started</c>).</summary>
    public string? TargetRole { get; init; }
    public bool Active { get; init; }
    public bool Orphaned { get; init; }
    public bool? Blocked { get; init; }

    /// <summary>Per-resource maintenance (API 2.41+); null when not written.</summary>
    public bool? Maintenance { get; init; }
    public bool Managed { get; init; }
    public bool Failed { get; init; }
    public bool FailureIgnored { get; init; }
    public int NodesRunningOn { get; init; }

    /// <summary>A pending operation, e.g. <c>Monitoring</c>.</summary>
    public string? Pending { get; init; }

    /// <summary>Node the resource is shutdown-locked to.</summary>
    public string? LockedTo { get; init; }
    public string? Description { get; init; }
    public ImmutableArray<ResourceNode> Nodes { get; init; } = [];

    public override string Kind => "primitive";

    /// <summary>The id without a clone instance suffix (<c>rsc:1</c> → <c>rsc</c>).</summary>
    public string BaseId
    {
        get
        {
            var colon = Id.LastIndexOf(':');
            return colon > 0 && colon < Id.Length - 1 && Id.AsSpan(colon + 1).ContainsOnlyDigits() ? Id[..colon] : Id;
        }
    }

    /// <summary>The first node it runs on, or null when stopped.</summary>
    public string? NodeName => Nodes.IsDefaultOrEmpty ? null : Nodes[0].Name;

    /// <summary>Agent class (<c>ocf</c>, <c>stonith</c>, <c>systemd</c>, …).</summary>
    public string AgentClass => Agent.IndexOf(':') is var i and > 0 ? Agent[..i] : Agent;

    /// <summary>Agent type, the part after the last colon (<c>Dummy</c>).</summary>
    public string AgentType => Agent[(Agent.LastIndexOf(':') + 1)..];

    public bool IsStonith => AgentClass == "stonith";
}
