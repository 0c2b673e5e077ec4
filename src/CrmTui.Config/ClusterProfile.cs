using System.Collections.Immutable;

namespace CrmTui.Config;

/// <summary>
/// One <c>[[cluster]]</c>: how to reach it over ssh. <see cref="Hosts"/> is in failover order.
/// Null members mean "not set": ssh's own configuration (or <see cref="Defaults"/>) decides.
/// </summary>
public sealed record ClusterProfile(
    string Name,
    ImmutableArray<string> Hosts,
    string? SshUser = null,
    int? SshPort = null,
    string? Identity = null,
    string? JumpHost = null,
    ImmutableArray<string> SshOptions = default,
    bool Sudo = false,
    bool? ReadOnly = null,
    string? Theme = null,
    TimeSpan? SafetyInterval = null)
{
    /// <summary>Extra <c>-o</c> values for ssh, e.g. <c>StrictHostKeyChecking=yes</c>; never default.</summary>
    public ImmutableArray<string> SshOptions { get; init; } = SshOptions.IsDefault ? [] : SshOptions;

    public bool IsReadOnly(Defaults defaults) => ReadOnly ?? defaults.ReadOnly;

    public string ThemeOrDefault(Defaults defaults) => Theme ?? defaults.Theme;

    /// <summary>The <c>[defaults]</c> this cluster runs with: its own <c>safety_interval</c> when it sets one.</summary>
    public Defaults DefaultsFor(Defaults defaults)
    {
        ArgumentNullException.ThrowIfNull(defaults);
        return SafetyInterval is { } safety ? defaults with { SafetyInterval = safety } : defaults;
    }
}
