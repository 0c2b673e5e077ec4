namespace CrmTui.Tui.Tests.Theming;

/// <summary>A throw-away user theme directory (<c>$XDG_CONFIG_HOME/crmtui/themes</c> in a temp dir).</summary>
internal sealed class UserThemeDirectory : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("crmtui-themes-").FullName;

    public UserThemeDirectory() => Directory.CreateDirectory(Path);

    public string XdgConfigHome => _root;

    public string Path => System.IO.Path.Combine(_root, "crmtui", "themes");

    /// <summary>Writes <c>NAME.toml</c> and returns its full path.</summary>
    public string Write(string name, string toml)
    {
        var path = System.IO.Path.Combine(Path, name + ".toml");
        File.WriteAllText(path, toml);
        return path;
    }

    public Func<string, string?> Environment(string? noColor = null) => name => name switch
    {
        "XDG_CONFIG_HOME" => _root,
        "HOME" => "/nonexistent-home",
        "NO_COLOR" => noColor,
        _ => null,
    };

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
