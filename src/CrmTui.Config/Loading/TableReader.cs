using System.Collections.Immutable;
using CrmTui.Config.Toml;

namespace CrmTui.Config.Loading;

/// <summary>
/// Reads the typed members of one table. Unknown and secret-looking keys are reported when it is
/// created; each getter reports a wrong type and returns null, so reading continues after an error.
/// </summary>
internal sealed class TableReader
{
    private readonly TomlTable _table;
    private readonly ErrorSink _errors;

    public TableReader(TomlTable table, string where, ErrorSink errors, IReadOnlyCollection<string> allowedKeys)
    {
        _table = table;
        _errors = errors;
        Where = where;
        foreach (var entry in table.Entries)
        {
            if (SecretKeys.LooksSecret(entry.Key))
            {
                errors.Add(entry.KeyPosition, $"'{entry.Key}' in {where}: {SecretKeys.Explanation}");
            }
            else if (!allowedKeys.Contains(entry.Key))
            {
                var hint = Suggestions.DidYouMean(entry.Key, allowedKeys);
                errors.Add(entry.KeyPosition, hint.Length > 0
                    ? $"unknown key '{entry.Key}' in {where}{hint}"
                    : $"unknown key '{entry.Key}' in {where}; known keys: {string.Join(", ", allowedKeys)}");
            }
        }
    }

    public string Where { get; }

    public TomlPosition Position => _table.Position;

    public TomlKeyValue? Entry(string key) => _table.Find(key);

    public ErrorSink Errors => _errors;

    public TomlString? String(string key) => Get<TomlString>(key, "a string");

    public TomlBoolean? Boolean(string key) => Get<TomlBoolean>(key, "true or false");

    public TomlInteger? Integer(string key) => Get<TomlInteger>(key, "an integer");

    public TomlTable? Table(string key) => Get<TomlTable>(key, "a table");

    /// <summary>An array whose items are all strings; wrong items are reported one by one and skipped.</summary>
    public ImmutableArray<TomlString>? StringArray(string key)
    {
        var array = Get<TomlArray>(key, "an array of strings");
        if (array is null)
        {
            return null;
        }
        var items = ImmutableArray.CreateBuilder<TomlString>();
        foreach (var item in array.Items)
        {
            if (item is TomlString s)
            {
                items.Add(s);
            }
            else
            {
                _errors.Add(item.Position, $"'{key}' in {Where} must contain only strings, found {Article(item.TypeName)}");
            }
        }
        return items.ToImmutable();
    }

    public void WrongType(TomlKeyValue entry, string expected) =>
        _errors.Add(entry.Value.Position, $"'{entry.Key}' in {Where} must be {expected}, found {Article(entry.Value.TypeName)}");

    public static string Article(string typeName) =>
        (typeName[0] is 'a' or 'e' or 'i' or 'o' or 'u' ? "an " : "a ") + typeName;

    private T? Get<T>(string key, string expected)
        where T : TomlValue
    {
        var entry = _table.Find(key);
        if (entry is null)
        {
            return null;
        }
        if (entry.Value is T value)
        {
            return value;
        }
        WrongType(entry, expected);
        return null;
    }
}
