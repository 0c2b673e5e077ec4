using System.CommandLine;
using CrmTui.Cli.Output;
using CrmTui.Tui.Theming;

namespace CrmTui.Cli.Verbs;

/// <summary>
/// <c>crmtui themes</c>: every theme the dashboard can use, where each comes from, and every problem
/// in the theme files. Exit codes (docs/themes.md): 0 every theme file is fine; 1 at least one theme
/// file (or the user theme directory) has problems, each printed as <c>file:line:col: message</c>.
/// </summary>
public static class ThemesVerb
{
    public const int Ok = 0;
    public const int Problems = 1;

    /// <summary><paramref name="catalog"/> is made when the verb runs; <paramref name="getEnvironmentVariable"/>
    /// tells whether <c>NO_COLOR</c> is set.</summary>
    public static Command Create(Func<ThemeCatalog> catalog, Func<string, string?> getEnvironmentVariable)
    {
        var command = new Command("themes", "List the dashboard's themes (shipped and your own) and the problems in their files");
        command.SetAction(parseResult =>
        {
            var themes = catalog();
            var noColor = !string.IsNullOrEmpty(getEnvironmentVariable("NO_COLOR"));
            parseResult.InvocationConfiguration.Output.Write(ThemeListText.Format(themes, noColor));
            return themes.HasProblems ? Problems : Ok;
        });
        return command;
    }
}
