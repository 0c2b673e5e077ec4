using System.Collections.Immutable;

namespace CrmTui.Config;

/// <summary>
/// The outcome of loading a file: either <see cref="Settings"/>, or every error found (never only the first).
/// </summary>
public sealed record ConfigLoadResult(Settings? Settings, ImmutableArray<ConfigError> Errors)
{
    public bool IsValid => Errors.IsEmpty && Settings is not null;
}
