using System;
using System.Collections.Generic;
using WaicTools.Model;

namespace WaicTools.Data;

/// <summary>What holds records of every kind: a layer, or the composed dataset.</summary>
internal interface IRecordSet
{
    IReadOnlyList<ClusterRecord> Clusters { get; }
    IReadOnlyList<AllianceRecord> Alliances { get; }
    IReadOnlyList<OrganizationRecord> Organizations { get; }
    IReadOnlyList<ChipRecord> Chips { get; }
    IReadOnlyList<ProductRecord> Products { get; }
    IReadOnlyList<EventRecord> Events { get; }
    IReadOnlyList<CitationRecord> Citations { get; }
}

internal static class RecordSets
{
    /// <summary>The records of one kind.</summary>
    public static IReadOnlyList<Record> RecordsOf(this IRecordSet set, RecordSchema kind) =>
        kind == RecordSchemas.Clusters ? set.Clusters
        : kind == RecordSchemas.Alliances ? set.Alliances
        : kind == RecordSchemas.Organizations ? set.Organizations
        : kind == RecordSchemas.Chips ? set.Chips
        : kind == RecordSchemas.Products ? set.Products
        : kind == RecordSchemas.Events ? set.Events
        : kind == RecordSchemas.Citations ? set.Citations
        : throw new ArgumentOutOfRangeException(nameof(kind), kind.Section, "Not a kind of record held in arrays.");
}
