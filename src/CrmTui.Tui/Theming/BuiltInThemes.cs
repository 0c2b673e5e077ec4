namespace CrmTui.Tui.Theming;

// The shipped default and mono themes, from the embedded theme files (themes/ is the source of truth).
internal static class BuiltInThemes
{
    public static Theme Dark() => Shipped(ThemeChoice.DefaultName);

    public static Theme Mono() => Shipped(ThemeChoice.MonoName);

    private static Theme Shipped(string name)
    {
        var loaded = ThemeCatalog.Shipped.Load(name);
        return loaded.Theme ?? throw new InvalidOperationException(
            $"shipped theme '{name}' is broken: {string.Join("; ", loaded.Errors)}");
    }
}
