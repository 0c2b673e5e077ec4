namespace CrmTui.Core.Tests.Recording;

/// <summary>Temporary files for one test, removed with it; fixture XML by name.</summary>
internal sealed class RecordingFiles : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("crmtui-rec-test-").FullName;

    public string PathOf(string name) => Path.Combine(_directory, name);

    public static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
