using System.Collections.Immutable;

namespace CrmTui.Core.Model;

/// <summary>
/// The empty attribute map every record starts with. Attribute maps compare names ordinally so
/// that their order never depends on culture.
/// </summary>
public static class Attributes
{
    public static readonly ImmutableSortedDictionary<string, string> Empty =
        ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal);
}
