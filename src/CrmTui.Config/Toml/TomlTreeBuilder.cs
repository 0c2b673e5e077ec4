using System.Collections.Immutable;

namespace CrmTui.Config.Toml;

/// <summary>
/// The mutable tree behind a document while it is read, enforcing TOML's rules on where a table
/// may be defined or extended; frozen into immutable <see cref="TomlTable"/>s at the end.
/// </summary>
internal sealed class TomlTreeBuilder
{
    private readonly TomlCursor _cursor;

    public TomlTreeBuilder(TomlCursor cursor, TableNode root)
    {
        _cursor = cursor;
        Root = root;
    }

    public TableNode Root { get; }

    internal enum TableKind
    {
        /// <summary>Created as a parent by a header such as [a.b] (for a); a later [a] may still define it.</summary>
        Implicit,

        /// <summary>Defined by a [header], a [[header]] element, or the root.</summary>
        Header,

        /// <summary>Created by a dotted key (a.b = 1); only dotted keys of the same block may extend it.</summary>
        Dotted,

        /// <summary>The top of an inline table while it is read.</summary>
        Inline,
    }

    internal sealed class Slot(string key, TomlPosition keyPosition, object node)
    {
        public string Key { get; } = key;

        public TomlPosition KeyPosition { get; } = keyPosition;

        /// <summary>A <see cref="TableNode"/>, an <see cref="ArrayOfTablesNode"/> or a finished <see cref="TomlValue"/>.</summary>
        public object Node { get; } = node;
    }

    internal sealed class TableNode(TableKind kind, TomlPosition position)
    {
        public TableKind Kind { get; set; } = kind;

        public TomlPosition Position { get; set; } = position;

        public List<Slot> Slots { get; } = [];

        public Dictionary<string, Slot> ByKey { get; } = new(StringComparer.Ordinal);

        public void Add(Slot slot)
        {
            Slots.Add(slot);
            ByKey.Add(slot.Key, slot);
        }
    }

    internal sealed class ArrayOfTablesNode(TomlPosition position)
    {
        public TomlPosition Position { get; } = position;

        public List<TableNode> Tables { get; } = [];
    }

    /// <summary>Assigns <c>a.b.c = value</c> relative to <paramref name="table"/>.</summary>
    public void Assign(TableNode table, IReadOnlyList<(string Key, TomlPosition Position)> key, TomlValue value)
    {
        var current = table;
        for (var i = 0; i < key.Count - 1; i++)
        {
            var (name, position) = key[i];
            if (!current.ByKey.TryGetValue(name, out var slot))
            {
                var child = new TableNode(TableKind.Dotted, position);
                current.Add(new Slot(name, position, child));
                current = child;
                continue;
            }
            current = slot.Node switch
            {
                TableNode { Kind: TableKind.Dotted } dotted => dotted,
                TableNode => throw _cursor.ErrorAt(position,
                    $"cannot add to table '{Path(key, i)}' with a dotted key: it is defined by a [header] (line {slot.KeyPosition.Line})"),
                ArrayOfTablesNode => throw _cursor.ErrorAt(position,
                    $"cannot add to '{Path(key, i)}' with a dotted key: it is an array of tables (line {slot.KeyPosition.Line})"),
                TomlValue v => throw AlreadyValue(position, Path(key, i), v, slot),
                _ => throw new InvalidOperationException("unknown node"),
            };
        }
        var (last, lastPosition) = key[^1];
        if (current.ByKey.TryGetValue(last, out var existing))
        {
            throw _cursor.ErrorAt(lastPosition,
                $"duplicate key '{Path(key, key.Count - 1)}': already defined at {existing.KeyPosition}");
        }
        current.Add(new Slot(last, lastPosition, value));
    }

    /// <summary>Opens <c>[a.b]</c> or <c>[[a.b]]</c> and returns the table that following keys go into.</summary>
    public TableNode OpenTable(IReadOnlyList<(string Key, TomlPosition Position)> key, bool arrayOfTables, TomlPosition headerPosition)
    {
        var current = Root;
        for (var i = 0; i < key.Count - 1; i++)
        {
            var (name, position) = key[i];
            if (!current.ByKey.TryGetValue(name, out var slot))
            {
                var child = new TableNode(TableKind.Implicit, position);
                current.Add(new Slot(name, position, child));
                current = child;
                continue;
            }
            current = slot.Node switch
            {
                TableNode table => table,
                ArrayOfTablesNode array => array.Tables[^1],
                TomlValue v => throw AlreadyValue(position, Path(key, i), v, slot),
                _ => throw new InvalidOperationException("unknown node"),
            };
        }

        var (last, lastPosition) = key[^1];
        var path = Path(key, key.Count - 1);
        current.ByKey.TryGetValue(last, out var found);
        if (arrayOfTables)
        {
            var element = new TableNode(TableKind.Header, headerPosition);
            switch (found?.Node)
            {
                case null:
                    var array = new ArrayOfTablesNode(headerPosition);
                    array.Tables.Add(element);
                    current.Add(new Slot(last, lastPosition, array));
                    return element;
                case ArrayOfTablesNode existing:
                    existing.Tables.Add(element);
                    return element;
                case TableNode:
                    throw _cursor.ErrorAt(lastPosition, $"cannot define [[{path}]]: '{path}' is already a table (line {found.KeyPosition.Line})");
                case TomlValue v:
                    throw AlreadyValue(lastPosition, path, v, found);
            }
        }
        switch (found?.Node)
        {
            case null:
                var table = new TableNode(TableKind.Header, headerPosition);
                current.Add(new Slot(last, lastPosition, table));
                return table;
            case TableNode { Kind: TableKind.Implicit } implicitTable:
                implicitTable.Kind = TableKind.Header;
                implicitTable.Position = headerPosition;
                return implicitTable;
            case TableNode { Kind: TableKind.Dotted }:
                throw _cursor.ErrorAt(lastPosition,
                    $"cannot define table [{path}]: it was already created by dotted keys at {found.KeyPosition}");
            case TableNode:
                throw _cursor.ErrorAt(lastPosition, $"table [{path}] is defined twice (first at {found.KeyPosition})");
            case ArrayOfTablesNode:
                throw _cursor.ErrorAt(lastPosition, $"cannot define [{path}]: '{path}' is an array of tables; use [[{path}]] to add an element");
            case TomlValue v:
                throw AlreadyValue(lastPosition, path, v, found);
        }
        throw new InvalidOperationException("unknown node");
    }

    public static TomlTable Freeze(TableNode node)
    {
        var entries = ImmutableArray.CreateBuilder<TomlKeyValue>(node.Slots.Count);
        foreach (var slot in node.Slots)
        {
            entries.Add(new TomlKeyValue(slot.Key, slot.KeyPosition, Freeze(slot.Node)));
        }
        return new TomlTable(entries.MoveToImmutable(), node.Position, node.Kind == TableKind.Inline);
    }

    private static TomlValue Freeze(object node) => node switch
    {
        TableNode table => Freeze(table),
        ArrayOfTablesNode array => new TomlArray([.. array.Tables.Select(Freeze)], array.Position, IsArrayOfTables: true),
        TomlValue value => value,
        _ => throw new InvalidOperationException("unknown node"),
    };

    private TomlSyntaxException AlreadyValue(TomlPosition at, string path, TomlValue value, Slot slot) =>
        _cursor.ErrorAt(at, value is TomlTable { IsInline: true }
            ? $"cannot extend '{path}': it is an inline table (line {slot.KeyPosition.Line}), and inline tables are complete as written"
            : $"'{path}' is already {Loading.TableReader.Article(value.TypeName)} (line {slot.KeyPosition.Line}), not a table");

    private static string Path(IReadOnlyList<(string Key, TomlPosition Position)> key, int through) =>
        string.Join('.', key.Take(through + 1).Select(k => Quote(k.Key)));

    private static string Quote(string key) =>
        key.Length > 0 && key.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-') ? key : "\"" + key + "\"";
}
