using CrmTui.Core.Model;

namespace CrmTui.Core.Parsing;

/// <summary>Maps crm_mon's enumerated texts to model enums; unknown text maps to <c>Unknown</c>.</summary>
internal static class EnumText
{
    public static ResourceRole Role(string text) => text switch
    {
        "Started" => ResourceRole.Started,
        "Stopped" => ResourceRole.Stopped,
        "Promoted" => ResourceRole.Promoted,
        "Unpromoted" => ResourceRole.Unpromoted,
        _ => RoleSlow(text),
    };

    public static NodeType NodeType(string text) => text switch
    {
        "member" => Model.NodeType.Member,
        "remote" => Model.NodeType.Remote,
        "ping" => Model.NodeType.Ping,
        _ => Model.NodeType.Unknown,
    };

    private static ResourceRole RoleSlow(string text) => text.Trim().ToLowerInvariant() switch
    {
        "started" => ResourceRole.Started,
        "stopped" => ResourceRole.Stopped,
        "starting" => ResourceRole.Starting,
        "stopping" => ResourceRole.Stopping,
        "migrating" => ResourceRole.Migrating,
        "promoting" => ResourceRole.Promoting,
        "promoted" or "master" => ResourceRole.Promoted,
        "demoting" => ResourceRole.Demoting,
        "unpromoted" or "slave" => ResourceRole.Unpromoted,
        _ => ResourceRole.Unknown,
    };
}
