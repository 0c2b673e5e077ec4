using System.Collections.Immutable;
using CrmTui.Core.Constraints;

namespace CrmTui.Commands.Constraints;

/// <summary>What <see cref="ConstraintsQuery"/> found: the constraints, or the error.</summary>
public sealed record ConstraintsResult(ImmutableArray<LocationConstraint> Constraints, string? Error)
{
    public static ConstraintsResult Failed(string error) => new([], error);
}
