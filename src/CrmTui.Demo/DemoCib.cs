namespace CrmTui.Demo;

/// <summary>The demo cluster's CIB, configuration only, shipped inside the assembly.</summary>
public static class DemoCib
{
    private const string ResourceName = "CrmTui.Demo.demo-cib.xml";

    public static string Text { get; } = Load();

    private static string Load()
    {
        using var stream = typeof(DemoCib).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing from the build");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
