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

    /// <summary>A fresh output object: a read-only view of the cached record that nothing can change.</summary>
    public static ChipCluster ToOutput(ClusterRecord record) => new(record);
}
