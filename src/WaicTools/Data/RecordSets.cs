using System;
using System.Collections.Generic;
using System.Linq;
using WaicTools.Model;

namespace WaicTools.Data;

/// <summary>
/// Records of every kind, one list per kind of <see cref="RecordSchemas.Kinds"/> at the kind's index: what a layer
/// and the composed dataset share. Nothing here names a kind except the typed lists, which are views for the code
/// that needs one kind by name.
/// </summary>
internal abstract class RecordSet
{
    private readonly Record[][] _byKind;

    /// <param name="byKind">The records of each kind, in the order of <see cref="RecordSchemas.Kinds"/>.</param>
    protected RecordSet(IReadOnlyList<IEnumerable<Record>> byKind)
    {
        if (byKind.Count != RecordSchemas.Kinds.Count)
        {
            throw new ArgumentException("One list of records per kind is needed.", nameof(byKind));
        }

        _byKind = RecordSchemas.Kinds.Select(kind => Typed(kind, byKind[kind.Index])).ToArray();
    }

    /// <summary>The records of one kind.</summary>
    public IReadOnlyList<Record> RecordsOf(RecordSchema kind) => kind.Index >= 0
        ? _byKind[kind.Index]
        : throw new ArgumentOutOfRangeException(nameof(kind), kind.Section, "Not a kind of record held in lists.");

    /// <summary>Every record of every kind, citations included, kind by kind.</summary>
    public IEnumerable<Record> AllRecords() => _byKind.SelectMany(records => records);

    public IReadOnlyList<ClusterRecord> Clusters => Of<ClusterRecord>(RecordSchemas.Clusters);
    public IReadOnlyList<AllianceRecord> Alliances => Of<AllianceRecord>(RecordSchemas.Alliances);
    public IReadOnlyList<OrganizationRecord> Organizations => Of<OrganizationRecord>(RecordSchemas.Organizations);
    public IReadOnlyList<ChipRecord> Chips => Of<ChipRecord>(RecordSchemas.Chips);
    public IReadOnlyList<ProductRecord> Products => Of<ProductRecord>(RecordSchemas.Products);
    public IReadOnlyList<EventRecord> Events => Of<EventRecord>(RecordSchemas.Events);
    public IReadOnlyList<ClaimRecord> Claims => Of<ClaimRecord>(RecordSchemas.Claims);
    public IReadOnlyList<CitationRecord> Citations => Of<CitationRecord>(RecordSchemas.Citations);

    /// <summary>"6 clusters, 2 alliances, ..., 1 event", leaving out kinds with no records.</summary>
    public string Counts()
    {
        var text = string.Join(", ", RecordSchemas.Kinds
            .Where(kind => _byKind[kind.Index].Length > 0)
            .Select(kind => Count(_byKind[kind.Index].Length, kind)));
        return text.Length == 0 ? "no records" : text;
    }

    private static string Count(int n, RecordSchema kind) =>
        n == 1 ? "1 " + kind.Singular : FormattableString.Invariant($"{n} {kind.Section}");

    // Each list is an array of the kind's own record class, so it reads as a list of that class without a copy.
    private IReadOnlyList<T> Of<T>(RecordSchema kind) where T : Record => (T[])_byKind[kind.Index];

    private static Record[] Typed(RecordSchema kind, IEnumerable<Record> records)
    {
        var given = records.ToArray();
        var array = kind.NewArray(given.Length);
        given.CopyTo(array, 0);
        return array;
    }
}
