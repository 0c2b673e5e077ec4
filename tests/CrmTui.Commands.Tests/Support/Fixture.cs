namespace CrmTui.Commands.Tests.Support;

/// <summary>Reads files shipped under Fixtures/ (copied next to the test assembly).</summary>
internal static class Fixture
{
    public static string Text(string relative) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", relative));
}
