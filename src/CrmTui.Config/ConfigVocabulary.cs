using System.Collections.Immutable;

namespace CrmTui.Config;

/// <summary>
/// What the rest of crmtui knows and Config cannot reference: the command names keys may be bound to,
/// the default key table (key → command), and the theme names. The caller (the CLI) builds it.
/// </summary>
public sealed record ConfigVocabulary(
    ImmutableHashSet<string> Commands,
    ImmutableDictionary<string, string> DefaultBindings,
    ImmutableHashSet<string> Themes);
