using CrmTui.Config.Toml;

namespace CrmTui.Config.Loading;

/// <summary>Theme names are checked against the themes the caller knows (shipped and user themes).</summary>
internal static class ThemeNames
{
    public static bool Check(TomlString theme, TableReader reader, ConfigVocabulary vocabulary)
    {
        if (vocabulary.Themes.Contains(theme.Value))
        {
            return true;
        }
        reader.Errors.Add(theme.Position,
            $"unknown theme '{theme.Value}' in {reader.Where}{Suggestions.DidYouMean(theme.Value, vocabulary.Themes)}; " +
            $"known themes: {string.Join(", ", vocabulary.Themes.Order(StringComparer.Ordinal))}");
        return false;
    }
}
