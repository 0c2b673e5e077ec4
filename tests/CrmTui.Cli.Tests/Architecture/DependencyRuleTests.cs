using System.Reflection;

namespace CrmTui.Cli.Tests.Architecture;

/// <summary>
/// The dependency rule of docs/architecture.md, enforced on the compiled assemblies: a wiki page
/// cannot stop a stray reference, a test can.
/// </summary>
public sealed class DependencyRuleTests
{
    private static readonly string[] OwnAssemblies =
        ["CrmTui.Core", "CrmTui.Transport", "CrmTui.Config", "CrmTui.Commands", "CrmTui.Tui", "CrmTui.Demo", "crmtui"];

    public static TheoryData<string, string[]> Allowed => new()
    {
        { "CrmTui.Core", [] },
        { "CrmTui.Transport", [] },
        { "CrmTui.Config", [] },
        { "CrmTui.Commands", ["CrmTui.Core", "CrmTui.Transport"] },
        { "CrmTui.Tui", ["CrmTui.Core", "CrmTui.Commands", "CrmTui.Config", "CrmTui.Transport", "Spectre.Console"] },
        { "CrmTui.Demo", ["CrmTui.Core", "CrmTui.Transport", "CrmTui.Commands"] },
    };

    [Theory]
    [MemberData(nameof(Allowed))]
    public void Each_library_references_only_what_the_rule_allows(string assemblyName, string[] allowed)
    {
        // Given the compiled library
        var assembly = Assembly.Load(assemblyName);

        // When we list what it references beyond the base class library
        var references = assembly.GetReferencedAssemblies()
            .Select(r => r.Name!)
            .Where(n => OwnAssemblies.Contains(n) || !IsBaseClassLibrary(n))
            .ToArray();

        // Then every one of them is allowed
        var forbidden = references.Except(allowed).ToArray();
        Assert.True(forbidden.Length == 0,
            $"{assemblyName} references {string.Join(", ", forbidden)}; allowed: [{string.Join(", ", allowed)}]");
    }

    [Fact]
    public void The_core_transport_and_config_libraries_reference_no_package_at_all()
    {
        foreach (var name in new[] { "CrmTui.Core", "CrmTui.Transport", "CrmTui.Config" })
        {
            var nonBcl = Assembly.Load(name).GetReferencedAssemblies()
                .Select(r => r.Name!).Where(n => !IsBaseClassLibrary(n)).ToArray();
            Assert.True(nonBcl.Length == 0, $"{name} references {string.Join(", ", nonBcl)}");
        }
    }

    private static bool IsBaseClassLibrary(string name) =>
        name is "mscorlib" or "netstandard" || name.StartsWith("System", StringComparison.Ordinal)
        || name.StartsWith("Microsoft.Win32", StringComparison.Ordinal);
}
