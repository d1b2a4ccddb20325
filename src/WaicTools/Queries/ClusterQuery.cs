using System.Collections.Generic;
using System.Linq;
using WaicTools.Data;

namespace WaicTools.Queries;

/// <summary>The filters of Get-ChipCluster; each is a list of names or wildcards, any of which may match.</summary>
internal sealed class ClusterFilter
{
    public IReadOnlyList<string>? Names { get; set; }
    public IReadOnlyList<string>? Vendors { get; set; }
    public IReadOnlyList<string>? Chips { get; set; }
    public IReadOnlyList<string>? Countries { get; set; }

    public bool HasFilters => Vendors is { Count: > 0 } || Chips is { Count: > 0 } || Countries is { Count: > 0 };
}

/// <summary>Finds cluster systems and makes the objects handed to the user.</summary>
internal static class ClusterQuery
{
    public static QueryResult<ChipCluster> Find(Dataset dataset, ClusterFilter filter)
    {
        var vendors = NamePattern.From(filter.Vendors);
        var chips = NamePattern.From(filter.Chips);
        var countries = NamePattern.From(filter.Countries);

        var result = NameQuery.Run(
            dataset.Clusters,
            dataset.FindCluster,
            NamesOf,
            filter.Names,
            c => NamePattern.Filter(vendors, c.Vendor)
                 && NamePattern.Filter(chips, c.Chip)
                 && NamePattern.Filter(countries, c.Country));

        return new QueryResult<ChipCluster>(result.Items.Select(ToOutput).ToArray(), result.NotFound);
    }

    public static IEnumerable<string> NamesOf(ClusterRecord record) => new[] { record.Name }.Concat(record.Aliases);

    /// <summary>A fresh output object, so nothing a user does to it can reach the cached record.</summary>
    public static ChipCluster ToOutput(ClusterRecord r) => new(
        r.Id, r.Name, new TextList(r.Aliases), r.ChineseName, r.Vendor, r.Country, r.Category, r.Chip,
        r.ChipDesigner, (int?)r.ChipCount?.Value, r.SecondaryChips, r.Bf16DensePflops?.Value,
        r.HbmCapacityTB?.Value, r.HbmBandwidthTBps?.Value, r.ScaleUpBandwidthTBps?.Value, r.PowerKW?.Value,
        (int?)r.Racks?.Value, r.Cooling, r.Interconnect, r.Status, r.Announced?.Value, r.ShownAt,
        new TextList(r.Partners), r.Notes, new TextList(SourceIds.Collect(r.Sources, FactSources(r))));

    private static IEnumerable<string> FactSources(ClusterRecord r) =>
        new[] { r.ChipCount, r.Bf16DensePflops, r.HbmCapacityTB, r.HbmBandwidthTBps, r.ScaleUpBandwidthTBps, r.PowerKW, r.Racks }
            .SelectMany(f => f?.AllSources ?? Enumerable.Empty<string>())
            .Concat(r.Announced?.AllSources ?? Enumerable.Empty<string>());
}
