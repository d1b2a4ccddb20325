using System.Collections.Generic;
using System.Linq;
using WaicTools.Data;
using WaicTools.Model;

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

    /// <summary>Events the system was shown at, by name or id ("WAIC 2025", "waic-2025").</summary>
    public IReadOnlyList<string>? ShownAt { get; set; }

    /// <summary>Statuses to keep.</summary>
    public IReadOnlyList<ClusterStatus>? Statuses { get; set; }

    public bool HasFilters =>
        new[] { Vendors, Chips, Countries, Alliances, ShownAt }.Any(f => f is { Count: > 0 }) || Statuses is { Count: > 0 };
}

/// <summary>Finds cluster systems.</summary>
internal static class ClusterQuery
{
    public static QueryResult<ClusterRecord> Find(Dataset dataset, ClusterFilter filter) =>
        NameQuery.Run(dataset.Clusters, dataset.FindCluster, filter.Names, Filter(dataset, filter));

    /// <summary>
    /// The systems related to the record of a piped object, in dataset order, passing the filters: a system
    /// itself; the systems built on a chip; those an organisation makes, designs the chip of, or partners in; those
    /// of an alliance's members. Null when the record is of no such kind.
    /// </summary>
    public static IReadOnlyList<ClusterRecord>? Related(Dataset dataset, Record input, ClusterFilter filter)
    {
        System.Func<ClusterRecord, bool>? related = input switch
        {
            ClusterRecord cluster => c => c.Id == cluster.Id,
            ChipRecord chip => c => c.ChipId == chip.Id,
            OrganizationRecord organization => c => MadeBy(dataset, c, new HashSet<string> { organization.Id }, partners: true),
            AllianceRecord alliance => c => MadeBy(dataset, c,
                new HashSet<string>(alliance.Members.Select(m => m.OrganizationId)), partners: false),
            EventRecord shownAt => c => c.ShownAtId == shownAt.Id,
            _ => null,
        };
        if (related is null)
        {
            return null;
        }

        var keep = Filter(dataset, filter);
        return dataset.Clusters.Where(c => related(c) && keep(c)).ToArray();
    }

    private static bool MadeBy(Dataset dataset, ClusterRecord c, HashSet<string> organizations, bool partners) =>
        dataset.OrganizationsBehind(c, partners).Any(organizations.Contains);

    private static System.Func<ClusterRecord, bool> Filter(Dataset dataset, ClusterFilter filter)
    {
        var vendors = NamePattern.From(filter.Vendors);
        var chips = NamePattern.From(filter.Chips);
        var countries = NamePattern.From(filter.Countries);
        var events = NamePattern.From(filter.ShownAt);
        var statuses = filter.Statuses is { Count: > 0 } ? new HashSet<ClusterStatus>(filter.Statuses) : null;
        var memberIds = filter.Alliances is { Count: > 0 }
            ? new HashSet<string>(AllianceQuery.Matching(dataset, filter.Alliances)
                .SelectMany(a => a.Members.Select(m => m.OrganizationId)))
            : null;

        return c =>
            NamePattern.FilterAny(vendors, FilterValues.Vendor(dataset, c))
                   && NamePattern.FilterAny(chips, FilterValues.Chip(dataset, c))
                   && NamePattern.FilterAny(countries, FilterValues.Country(dataset, c))
                   && NamePattern.FilterAny(events, FilterValues.ShownAt(dataset, c))
                   && (statuses is null || statuses.Contains(c.Status))
                   && (memberIds is null || MadeBy(dataset, c, memberIds, partners: false));
    }
}
