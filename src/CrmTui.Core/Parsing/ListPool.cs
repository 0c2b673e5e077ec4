using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace CrmTui.Core.Parsing;

/// <summary>
/// Reusable scratch lists for one parse: children are gathered in a rented list and copied once
/// into their <see cref="ImmutableArray{T}"/>, so a large output does not allocate a growing
/// list per element.
/// </summary>
internal sealed class ListPool<T>
{
    private readonly Stack<List<T>> _free = new();

    public List<T> Rent() => _free.Count > 0 ? _free.Pop() : new List<T>(8);

    /// <summary>The list's items as an immutable array; the list goes back to the pool.</summary>
    public ImmutableArray<T> ToArray(List<T>? list)
    {
        if (list is null)
        {
            return [];
        }

        var items = ImmutableArray.Create<T>(CollectionsMarshal.AsSpan(list));
        list.Clear();
        _free.Push(list);
        return items;
    }
}
