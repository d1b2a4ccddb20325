using System;
using System.Collections.Generic;
using System.Linq;
using WaicTools.Model;

namespace WaicTools.Data;

/// <summary>
/// The whole dataset in memory. Built once, checked as a whole (every reference and every source id
/// resolves), never changed afterwards; everything the cmdlets hand out is made fresh from it.
/// </summary>
internal sealed class Dataset : IRecordSet
{
    private readonly Dictionary<string, ClusterRecord> _clustersByName;
    private readonly Dictionary<string, AllianceRecord> _alliancesByName;
    private readonly Dictionary<string, OrganizationRecord> _organizationsByName;
    private readonly Dictionary<string, ChipRecord> _chipsByName;
    private readonly Dictionary<string, ProductRecord> _productsByName;
    private readonly Dictionary<string, OrganizationRecord> _organizations;
    private readonly Dictionary<string, ChipRecord> _chips;
    private readonly Dictionary<string, EventRecord> _events;
    private readonly Dictionary<string, CitationRecord> _citations;
    private readonly Dictionary<string, AllianceRecord[]> _alliancesByMember;
    private readonly Dictionary<string, ClusterRecord[]> _clustersByChip;
    private readonly Lazy<Dictionary<string, string[]>> _citedBy;

    public Dataset(DatasetInfoRecord info, IReadOnlyList<DatasetLayer> layers, IEnumerable<ClusterRecord> clusters, IEnumerable<AllianceRecord> alliances,
        IEnumerable<OrganizationRecord> organizations, IEnumerable<ChipRecord> chips,
        IEnumerable<ProductRecord> products, IEnumerable<EventRecord> events, IEnumerable<CitationRecord> citations)
    {
        Info = info;
        Layers = layers;

        // Canonical orders: the largest systems first (unknown sizes last), alliances by date, the rest by name.
        Clusters = clusters
            .OrderByDescending(c => c.ChipCount?.Value ?? -1)
            .ThenBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
            .ToArray();
        Alliances = alliances
            .OrderBy(a => a.Announced?.Value ?? DateTime.MaxValue)
            .ThenBy(a => a.Name, StringComparer.OrdinalIgnoreCase)
            .ToArray();
        Organizations = organizations.OrderBy(o => o.Name, StringComparer.OrdinalIgnoreCase).ToArray();
        Chips = chips.OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase).ToArray();
        Products = products.OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase).ToArray();
        Events = events.OrderBy(e => e.Start.Value).ToArray();
        Citations = citations.OrderBy(c => SourceIdOrder.Number(c.Id)).ThenBy(c => c.Id, StringComparer.Ordinal).ToArray();

        _organizations = Organizations.ToDictionary(o => o.Id, StringComparer.Ordinal);
        _chips = Chips.ToDictionary(c => c.Id, StringComparer.Ordinal);
        _events = Events.ToDictionary(e => e.Id, StringComparer.Ordinal);
        _citations = Citations.ToDictionary(c => c.Id, StringComparer.Ordinal);

        var all = AllRecords().ToArray();
        CheckReferences(all);
        if (!_events.ContainsKey(info.EventId))
        {
            throw new DatasetException(null, null, "dataset.event", $"The event '{info.EventId}' is not in the dataset.");
        }

        _clustersByName = IndexByName(Clusters, c => c.Aliases, "cluster");
        _alliancesByName = IndexByName(Alliances, a => a.Aliases, "alliance");
        _organizationsByName = IndexByName(Organizations, o => o.Aliases, "organization");
        _chipsByName = IndexByName(Chips, _ => Array.Empty<string>(), "chip");
        _productsByName = IndexByName(Products, p => p.Aliases, "product");

        _alliancesByMember = Alliances
            .SelectMany(a => a.Members.Select(m => (m.OrganizationId, Alliance: a)))
            .GroupBy(x => x.OrganizationId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Alliance).Distinct().ToArray(), StringComparer.Ordinal);
        _clustersByChip = Clusters
            .Where(c => c.ChipId is not null)
            .GroupBy(c => c.ChipId!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        // Only Get-Citation needs it, so it is built on first use.
        _citedBy = new Lazy<Dictionary<string, string[]>>(() => AllRecords()
            .SelectMany(r => r.AllSourceIds().Select(id => (Id: id, r.Name)))
            .GroupBy(x => x.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Name).Distinct().ToArray(), StringComparer.Ordinal));
    }

    public DatasetInfoRecord Info { get; }

    /// <summary>What the dataset is made of, in order: the embedded data unless replaced, then each import.</summary>
    public IReadOnlyList<DatasetLayer> Layers { get; }
    public IReadOnlyList<ClusterRecord> Clusters { get; }
    public IReadOnlyList<AllianceRecord> Alliances { get; }
    public IReadOnlyList<OrganizationRecord> Organizations { get; }
    public IReadOnlyList<ChipRecord> Chips { get; }
    public IReadOnlyList<ProductRecord> Products { get; }
    public IReadOnlyList<EventRecord> Events { get; }
    public IReadOnlyList<CitationRecord> Citations { get; }

    /// <summary>Every record of every kind, citations included.</summary>
    public IEnumerable<Record> AllRecords() =>
        Clusters.Cast<Record>().Concat(Alliances).Concat(Organizations).Concat(Chips).Concat(Products)
            .Concat(Events).Concat(Citations);

    public ClusterRecord? FindCluster(string nameOrAlias) => Find(_clustersByName, nameOrAlias);
    public AllianceRecord? FindAlliance(string nameOrAlias) => Find(_alliancesByName, nameOrAlias);
    public OrganizationRecord? FindOrganization(string nameOrAlias) => Find(_organizationsByName, nameOrAlias);
    public ChipRecord? FindChip(string name) => Find(_chipsByName, name);
    public ProductRecord? FindProduct(string nameOrAlias) => Find(_productsByName, nameOrAlias);

    /// <summary>A citation by its exact id (S9), ignoring case.</summary>
    public CitationRecord? FindCitation(string id) =>
        _citations.TryGetValue(id.ToUpperInvariant(), out var c) ? c : null;

    public OrganizationRecord Organization(string id) => _organizations[id];
    public ChipRecord Chip(string id) => _chips[id];
    public EventRecord Event(string id) => _events[id];

    public IReadOnlyList<AllianceRecord> AlliancesOf(string organizationId) =>
        _alliancesByMember.TryGetValue(organizationId, out var a) ? a : Array.Empty<AllianceRecord>();

    public IReadOnlyList<ClusterRecord> ClustersWithChip(string chipId) =>
        _clustersByChip.TryGetValue(chipId, out var c) ? c : Array.Empty<ClusterRecord>();

    /// <summary>Names of the records that cite a source id.</summary>
    public IReadOnlyList<string> CitedBy(string citationId) =>
        _citedBy.Value.TryGetValue(citationId, out var names) ? names : Array.Empty<string>();

    /// <summary>The ids of the organisations behind a system: its vendor, its chip's designer and, if asked, its partners.</summary>
    public IEnumerable<string> OrganizationsBehind(ClusterRecord cluster, bool withPartners)
    {
        yield return cluster.VendorId;
        if (ChipDesignerOf(cluster) is { } designer)
        {
            yield return designer.Id;
        }

        if (withPartners)
        {
            foreach (var partner in cluster.PartnerIds)
            {
                yield return partner;
            }
        }
    }

    /// <summary>The designer of a cluster's chip: the chip's designer, or the designer named without a chip model.</summary>
    public OrganizationRecord? ChipDesignerOf(ClusterRecord cluster) =>
        cluster.ChipId is not null ? Organization(Chip(cluster.ChipId).DesignerId)
        : cluster.ChipDesignerId is not null ? Organization(cluster.ChipDesignerId)
        : null;

    private void CheckReferences(IEnumerable<Record> records)
    {
        foreach (var record in records)
        {
            foreach (var reference in record.References())
            {
                var exists = reference.Kind switch
                {
                    RecordKind.Organizations => _organizations.ContainsKey(reference.Id),
                    RecordKind.Chips => _chips.ContainsKey(reference.Id),
                    RecordKind.Events => _events.ContainsKey(reference.Id),
                    _ => false,
                };
                if (!exists)
                {
                    throw new DatasetException(record.File, record.Id, reference.Field,
                        $"'{reference.Id}' is not the id of any record in '{RecordSchemas.Of(reference.Kind).Section}'.");
                }
            }

            if (!record.EachSourceId(id => _citations.ContainsKey(id)))
            {
                // Rare: walk again, naming the fields, to say which one is at fault.
                foreach (var (field, sources) in record.SourceLists())
                {
                    foreach (var source in sources.Where(s => !_citations.ContainsKey(s)))
                    {
                        throw new DatasetException(record.File, record.Id, field,
                            $"The source id '{source}' is not in 'citations'.");
                    }
                }
            }
        }
    }

    private static T? Find<T>(Dictionary<string, T> index, string key) where T : class =>
        index.TryGetValue(key, out var record) ? record : null;

    private static Dictionary<string, T> IndexByName<T>(IEnumerable<T> records, Func<T, IEnumerable<string>> aliases,
        string kind)
        where T : Record
    {
        var index = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        foreach (var record in records)
        {
            foreach (var key in new[] { record.Name }.Concat(aliases(record)))
            {
                if (index.TryGetValue(key, out var other) && !ReferenceEquals(other, record))
                {
                    throw new DatasetException(record.File, record.Id, "name",
                        $"The {kind} name or alias '{key}' is also used by '{other.Id}'.");
                }

                index[key] = record;
            }
        }

        return index;
    }
}
