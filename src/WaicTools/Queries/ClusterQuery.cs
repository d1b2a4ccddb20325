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

    /// <summary>Alliances whose members make the system or design its chip.</summary>
    public IReadOnlyList<string>? Alliances { get; set; }

    public bool HasFilters =>
        new[] { Vendors, Chips, Countries, Alliances }.Any(f => f is { Count: > 0 });
}

/// <summary>Finds cluster systems and makes the objects handed to the user.</summary>
internal static class ClusterQuery
{
    public static QueryResult<ChipCluster> Find(Dataset dataset, ClusterFilter filter)
    {
        var vendors = NamePattern.From(filter.Vendors);
        var chips = NamePattern.From(filter.Chips);
        var countries = NamePattern.From(filter.Countries);
        var memberIds = filter.Alliances is { Count: > 0 }
            ? new HashSet<string>(AllianceQuery.Matching(dataset, filter.Alliances)
                .SelectMany(a => a.Members.Select(m => m.OrganizationId)))
            : null;

        bool Keep(ClusterRecord c)
        {
            var vendor = dataset.Organization(c.VendorId);
            return NamePattern.FilterAny(vendors, vendor.Names)
                   && NamePattern.Filter(chips, c.ChipId is null ? null : dataset.Chip(c.ChipId).Name)
                   && NamePattern.Filter(countries, vendor.Country)
                   && (memberIds is null || memberIds.Contains(c.VendorId)
                       || (dataset.ChipDesignerOf(c) is { } designer && memberIds.Contains(designer.Id)));
        }

        var result = NameQuery.Run(dataset.Clusters, dataset.FindCluster, filter.Names, Keep);
        return NameQuery.Select(result, r => new ChipCluster(r, dataset));
    }
}
