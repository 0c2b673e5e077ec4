namespace CrmTui.Integration.Tests.Demo;

/// <summary>The tests that share one <see cref="InstalledCrmTui"/>; they run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class InstallCollection : ICollectionFixture<InstalledCrmTui>
{
    public const string Name = "install.sh and the installed demo";
}
