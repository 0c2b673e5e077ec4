using CrmTui.Config.Loading;
using CrmTui.Config.Toml;

namespace CrmTui.Config;

/// <summary>
/// Turns a configuration file into <see cref="Settings"/>, or into every error it contains as
/// <c>file:line:col: message</c>. Never throws for bad input; the caller supplies what Config cannot know.
/// </summary>
public sealed class ConfigLoader(ConfigVocabulary vocabulary)
{
    private static readonly string[] TopLevelKeys = ["defaults", "cluster", "keys"];

    /// <summary>Reads and checks the file at <paramref name="path"/>; a missing or unreadable file is an error.</summary>
    public ConfigLoadResult LoadFile(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            var reason = e is FileNotFoundException or DirectoryNotFoundException ? "no such file" : e.Message;
            return new ConfigLoadResult(null, [new ConfigError(path, 1, 1, $"cannot read the configuration file: {reason}")]);
        }
        return Load(bytes, path);
    }

    /// <summary>Checks raw file contents; <paramref name="fileName"/> appears in errors.</summary>
    public ConfigLoadResult Load(ReadOnlySpan<byte> utf8, string fileName)
    {
        TomlDocument document;
        try
        {
            document = TomlReader.Parse(utf8, fileName);
        }
        catch (TomlSyntaxException e)
        {
            return SyntaxError(e);
        }
        return Check(document, fileName);
    }

    /// <summary>Checks configuration text; <paramref name="fileName"/> appears in errors.</summary>
    public ConfigLoadResult Load(string text, string fileName)
    {
        TomlDocument document;
        try
        {
            document = TomlReader.Parse(text, fileName);
        }
        catch (TomlSyntaxException e)
        {
            return SyntaxError(e);
        }
        return Check(document, fileName);
    }

    private ConfigLoadResult Check(TomlDocument document, string fileName)
    {
        var errors = new ErrorSink(fileName);
        var root = new TableReader(document.Root, "the file", errors, TopLevelKeys);

        var defaults = root.Table("defaults") is { } defaultsTable
            ? DefaultsReader.Read(defaultsTable, errors, vocabulary)
            : Defaults.BuiltIn;
        var clusters = root.Entry("cluster") is { } clusterEntry
            ? ClusterReader.ReadAll(clusterEntry, errors, vocabulary)
            : [];
        var keys = root.Table("keys") is { } keysTable
            ? KeysReader.Read(keysTable, errors, vocabulary)
            : [];

        return errors.Count > 0
            ? new ConfigLoadResult(null, errors.ToSortedArray())
            : new ConfigLoadResult(new Settings(defaults, clusters, keys, fileName), []);
    }

    private static ConfigLoadResult SyntaxError(TomlSyntaxException e) =>
        new(null, [new ConfigError(e.FileName, e.Line, e.Column, e.Reason)]);
}
