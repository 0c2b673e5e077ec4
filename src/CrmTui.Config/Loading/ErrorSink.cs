using System.Collections.Immutable;
using CrmTui.Config.Toml;

namespace CrmTui.Config.Loading;

/// <summary>Collects every error of one file, so the user sees all of them at once.</summary>
internal sealed class ErrorSink(string fileName)
{
    private readonly List<ConfigError> _errors = [];

    public string FileName { get; } = fileName;

    public int Count => _errors.Count;

    public void Add(TomlPosition at, string message) => _errors.Add(new ConfigError(FileName, at.Line, at.Column, message));

    public ImmutableArray<ConfigError> ToSortedArray() =>
        [.. _errors.OrderBy(e => e.Line).ThenBy(e => e.Column)];
}
