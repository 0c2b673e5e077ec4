using System.Collections.Immutable;

namespace CrmTui.Core.Model;

/// <summary>
/// An element the parser does not know, kept whole so nothing from a newer crm_mon is lost.
/// Non-whitespace text inside a known element is kept as a <see cref="RawElement"/> named
/// <see cref="TextNodeName"/> whose <see cref="Text"/> holds it.
/// </summary>
public sealed record RawElement
{
    public const string TextNodeName = "#text";

    public string Name { get; init; } = "";
    public ImmutableSortedDictionary<string, string> Attributes { get; init; } = Model.Attributes.Empty;
    public ImmutableArray<RawElement> Children { get; init; } = [];

    /// <summary>Concatenated non-whitespace-only text directly inside the element, or null.</summary>
    public string? Text { get; init; }

    public bool IsText => Name == TextNodeName;
}
