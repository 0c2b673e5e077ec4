using System.Collections.Immutable;
using CrmTui.Config.Loading;
using CrmTui.Config.Toml;

namespace CrmTui.Config.Themes;

/// <summary>
/// Reads the structure of a theme file (docs/themes.md): top-level <c>name</c>, <c>description</c>,
/// <c>extends</c> and the <c>[styles]</c> table. Every problem is a <c>file:line:col</c> error;
/// entries that are fine are kept, so the caller can still report on them.
/// </summary>
public static class ThemeFileReader
{
    private static readonly string[] TopLevelKeys = ["name", "description", "extends", "styles"];

    /// <summary>Reads the file of theme <paramref name="name"/> (its file name without <c>.toml</c>).</summary>
    public static ThemeFileResult Read(ReadOnlySpan<byte> utf8, string fileName, string name)
    {
        TomlDocument document;
        try
        {
            document = TomlReader.Parse(utf8, fileName);
        }
        catch (TomlSyntaxException e)
        {
            return new ThemeFileResult(null, [new ConfigError(e.FileName, e.Line, e.Column, e.Reason)]);
        }
        return Check(document, name);
    }

    /// <summary>Reads a theme file from disk; its name is the file name without <c>.toml</c>.</summary>
    public static ThemeFileResult ReadFile(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var reason = e is FileNotFoundException or DirectoryNotFoundException ? "no such file" : e.Message;
            return new ThemeFileResult(null, [new ConfigError(path, 1, 1, $"cannot read the theme file: {reason}")]);
        }
        return Read(bytes, path, Path.GetFileNameWithoutExtension(path));
    }

    private static ThemeFileResult Check(TomlDocument document, string name)
    {
        var errors = new ErrorSink(document.FileName);
        var root = new TableReader(document.Root, "the theme file", errors, TopLevelKeys);

        if (root.String("name") is { } written && written.Value != name)
        {
            errors.Add(written.Position,
                $"name '{written.Value}' does not match the file name '{name}.toml'; crmtui knows a theme by its file name (rename the file, or drop 'name')");
        }
        var description = root.String("description")?.Value;
        var extends = root.String("extends");
        var styles = ImmutableArray.CreateBuilder<ThemeFileStyle>();
        if (root.Table("styles") is { } table)
        {
            Flatten(table, "", errors, styles);
        }
        else if (root.Entry("styles") is null && extends is null)
        {
            errors.Add(new TomlPosition(1, 1), "a theme needs a [styles] table (role = \"style\"), or 'extends' to reuse another theme");
        }

        var file = new ThemeFile(name, document.FileName, description, extends, styles.ToImmutable());
        return new ThemeFileResult(file, errors.ToSortedArray());
    }

    // [styles.node] online = "green" and "node.online" = "green" are the same entry.
    private static void Flatten(TomlTable table, string prefix, ErrorSink errors, ImmutableArray<ThemeFileStyle>.Builder styles)
    {
        foreach (var entry in table.Entries)
        {
            var role = prefix + entry.Key;
            switch (entry.Value)
            {
                case TomlString style:
                    styles.Add(new ThemeFileStyle(role, entry.KeyPosition, style));
                    break;
                case TomlTable nested:
                    Flatten(nested, role + ".", errors, styles);
                    break;
                default:
                    errors.Add(entry.Value.Position,
                        $"style of '{role}' must be a string such as \"bold red on grey23\", found {TableReader.Article(entry.Value.TypeName)}");
                    break;
            }
        }
    }
}
