using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using WaicTools.Model;

namespace WaicTools;

/// <summary>
/// A read-only list of names. It stays a list for PowerShell (<c>-contains</c>, indexing, <c>.Count</c>,
/// <c>ConvertTo-Json</c>), and its text form joins the items with "; ", which is what
/// <c>Export-Csv</c> writes into the cell.
/// </summary>
public sealed class TextList : IReadOnlyList<string>
{
    /// <summary>The separator used by <see cref="ToString"/>.</summary>
    public const string Separator = "; ";

    private readonly string[] _items;

    internal TextList(IEnumerable<string> items) => _items = items.ToArray();

    internal TextList(IEnumerable<string> ids, Func<string, string> name) => _items = ids.Select(name).ToArray();

    /// <summary>An empty list.</summary>
    public static TextList Empty { get; } = new(Array.Empty<string>());

    /// <summary>The number of items.</summary>
    public int Count => _items.Length;

    /// <summary>The item at <paramref name="index"/>.</summary>
    public string this[int index] => _items[index];

    /// <inheritdoc />
    public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    /// <summary>The items joined with "; ".</summary>
    public override string ToString() => string.Join(Separator, _items);
}
