namespace CrmTui.Integration.Tests.Lab;

/// <summary>Where the lab scripts are: <c>tests/lab/</c> of the checkout the tests were built from.</summary>
public static class LabPaths
{
    private static readonly Lazy<string?> s_scripts = new(FindScripts);

    /// <summary>The <c>tests/lab</c> directory, or null when the tests run outside a checkout.</summary>
    public static string? ScriptsDirectory => s_scripts.Value;

    private static string? FindScripts()
    {
        // The test assembly runs from tests/CrmTui.Integration.Tests/bin/<cfg>/<tfm>/: walk up to
        // the directory holding CrmTui.sln rather than counting levels, so a different output
        // path still works.
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CrmTui.sln")))
            {
                var scripts = Path.Combine(dir.FullName, "tests", "lab");
                return File.Exists(Path.Combine(scripts, "lab-up.sh")) ? scripts : null;
            }
        }
        return null;
    }
}
