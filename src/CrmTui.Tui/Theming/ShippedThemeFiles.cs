using System.Collections.Immutable;

namespace CrmTui.Tui.Theming;

/// <summary>
/// The theme files of the repository's <c>themes/</c> directory, embedded in this assembly at build
/// time (see CrmTui.Tui.csproj), so the binary needs no files beside it.
/// </summary>
public static class ShippedThemeFiles
{
    private const string Prefix = "themes/";
    private const string Suffix = ".toml";

    /// <summary>Every shipped theme file and its bytes, ordered by name.</summary>
    public static ImmutableArray<(ThemeSource Source, byte[] Bytes)> All { get; } = ReadAll();

    private static ImmutableArray<(ThemeSource Source, byte[] Bytes)> ReadAll()
    {
        var assembly = typeof(ShippedThemeFiles).Assembly;
        var files = ImmutableArray.CreateBuilder<(ThemeSource, byte[])>();
        foreach (var resource in assembly.GetManifestResourceNames().Order(StringComparer.Ordinal))
        {
            if (!resource.StartsWith(Prefix, StringComparison.Ordinal) || !resource.EndsWith(Suffix, StringComparison.Ordinal))
            {
                continue;
            }
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var bytes = new MemoryStream();
            stream.CopyTo(bytes);
            var name = resource[Prefix.Length..^Suffix.Length];
            files.Add((new ThemeSource(name, resource, IsShipped: true), bytes.ToArray()));
        }
        return files.ToImmutable();
    }
}
