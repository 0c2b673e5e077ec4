using System.Text;
using CrmTui.Tui.Theming;

namespace CrmTui.Cli.Output;

/// <summary>
/// The text of <c>crmtui themes</c>: one row per theme (name, status, source, description), shipped
/// themes hidden by a user file as <c>overridden</c>, then every problem as <c>file:line:col: message</c>,
/// then where user themes go and what <c>NO_COLOR</c> does.
/// </summary>
internal static class ThemeListText
{
    public static string Format(ThemeCatalog catalog, bool noColor)
    {
        var rows = catalog.Themes.Select(t => Row(t, t.IsUsable ? "ok" : Problems(t)))
            .Concat(catalog.Overridden.Select(t => Row(t, "overridden")))
            .OrderBy(r => r[0], StringComparer.Ordinal)
            .ThenBy(r => r[1] == "overridden")
            .Prepend(["NAME", "STATUS", "SOURCE", "DESCRIPTION"])
            .ToList();
        var widths = Enumerable.Range(0, 3).Select(i => rows.Max(r => r[i].Length)).ToArray();

        var text = new StringBuilder();
        foreach (var row in rows)
        {
            text.Append(row[0].PadRight(widths[0] + 2)).Append(row[1].PadRight(widths[1] + 2)).Append(row[2].PadRight(widths[2] + 2)).Append(row[3]);
            text.Append('\n');
        }
        var problems = catalog.DirectoryProblems
            .Concat(catalog.Themes.Concat(catalog.Overridden).SelectMany(t => t.Problems))
            .Select(p => p.ToString())
            .Distinct()
            .ToList();
        if (problems.Count > 0)
        {
            text.Append('\n').Append("Problems:\n");
            problems.ForEach(p => text.Append(p).Append('\n'));
        }
        text.Append('\n').Append(UserDirectoryLine(catalog.UserDirectory)).Append('\n');
        if (noColor)
        {
            text.Append("NO_COLOR is set: the dashboard uses 'mono' unless --theme names another theme\n");
        }
        return text.ToString();
    }

    private static string[] Row(ThemeEntry theme, string status) =>
        [theme.Name, status, theme.Source.Describe(), (theme.Description ?? "").ReplaceLineEndings(" ")];

    private static string Problems(ThemeEntry theme) =>
        theme.Problems.Length == 1 ? "1 problem" : $"{theme.Problems.Length} problems";

    private static string UserDirectoryLine(string? directory) => directory switch
    {
        null => "User themes: none (set HOME or XDG_CONFIG_HOME to have a theme directory)",
        _ when Directory.Exists(directory) => $"User themes: {directory}/*.toml",
        _ => $"User themes: {directory}/*.toml (the directory does not exist yet)",
    };
}
