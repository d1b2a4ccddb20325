using System;
using System.Collections.Generic;
using System.Linq;
using WaicTools.Model;

namespace WaicTools.Data;

/// <summary>
/// The whole dataset in memory. Built once, checked as a whole (every reference and every source id
/// resolves), never changed afterwards; everything the cmdlets hand out is made fresh from it.
/// </summary>
internal sealed class Dataset : RecordSet
{
    private readonly Dictionary<string, Record>?[] _byId;
    private readonly Dictionary<string, Record>?[] _byName;
    private readonly Dictionary<string, AllianceRecord[]> _alliancesByMember;
    private readonly Dictionary<string, ClusterRecord[]> _clustersByChip;
    private readonly Dictionary<string, ClaimRecord[]> _claimsBySystem;
    private readonly Lazy<Dictionary<string, string[]>> _citedBy;

    /// <param name="info">The 'dataset' section.</param>
    /// <param name="layers">The layers it was composed from.</param>
    /// <param name="byKind">The records of each kind, in the order of <see cref="RecordSchemas.Kinds"/>; each kind is
    /// put in its own order.</param>
    /// <param name="cancel">Checked every few thousand records while the dataset is checked and indexed.</param>
    public Dataset(DatasetInfoRecord info, IReadOnlyList<DatasetLayer> layers, IReadOnlyList<IEnumerable<Record>> byKind,
        System.Threading.CancellationToken cancel = default)
        : base(RecordSchemas.Kinds.Select(kind => kind.Order.Sort(byKind[kind.Index].ToArray())).ToArray())
    {
        Info = info;
        Layers = layers;

        _byId = RecordSchemas.Kinds
            .Select(kind => RecordSchemas.LookedUpById.Contains(kind) ? RecordsOf(kind).ToDictionary(r => r.Id, StringComparer.Ordinal) : null)
            .ToArray();

        _cancel = cancel;
        CheckReferences(AllRecords());
        if (!IdIndex(RecordSchemas.Events).ContainsKey(info.EventId))
        {
            throw new DatasetException(null, null, "dataset.event", $"The event '{info.EventId}' is not in the dataset.");
        }

        _byName = RecordSchemas.Kinds.Select(kind => kind.FoundByName ? IndexByName(kind, RecordsOf(kind)) : null).ToArray();

        _alliancesByMember = Grouped<AllianceRecord, AllianceRecord>(Alliances, (alliance, add) =>
        {
            foreach (var member in alliance.Members)
            {
                add(member.OrganizationId, alliance);
            }
        });
        _clustersByChip = Grouped<ClusterRecord, ClusterRecord>(Clusters, (cluster, add) =>
        {
            if (cluster.ChipId is not null)
            {
                add(cluster.ChipId, cluster);
            }
        });
        _claimsBySystem = Grouped<ClaimRecord, ClaimRecord>(Claims, (claim, add) =>
        {
            add(claim.SystemId, claim);
            add(claim.AgainstId, claim);
        });
        // Only Get-Citation needs it, so it is built on first use.
        _citedBy = new Lazy<Dictionary<string, string[]>>(() => Grouped<Record, string>(AllRecords(), (record, add) =>
        {
            foreach (var id in record.AllSourceIds())
            {
                add(id, record.Name);
            }
        }));
    }

    /// <summary>
    /// What each item files under each of its keys, each value once per key, in the order the items come.
    /// </summary>
    private static Dictionary<string, TValue[]> Grouped<TItem, TValue>(IEnumerable<TItem> items,
        Action<TItem, Action<string, TValue>> keys)
        where TValue : class
    {
        var lists = new Dictionary<string, List<TValue>>(StringComparer.Ordinal);
        var seen = new Dictionary<string, HashSet<TValue>>(StringComparer.Ordinal);
        void Add(string key, TValue value)
        {
            if (!lists.TryGetValue(key, out var list))
            {
                lists[key] = list = new List<TValue>();
                seen[key] = new HashSet<TValue>();
            }

            if (seen[key].Add(value))
            {
                list.Add(value);
            }
        }

        foreach (var item in items)
        {
            keys(item, Add);
        }

        var grouped = new Dictionary<string, TValue[]>(lists.Count, StringComparer.Ordinal);
        foreach (var pair in lists)
        {
            grouped[pair.Key] = pair.Value.ToArray();
        }

        return grouped;
    }

    public DatasetInfoRecord Info { get; }

    /// <summary>What the dataset is made of, in order: the embedded data unless replaced, then each import.</summary>
    public IReadOnlyList<DatasetLayer> Layers { get; }

    /// <summary>The record of a kind with this exact name or alias, ignoring case; null when there is none.</summary>
    public Record? FindByName(RecordSchema kind, string nameOrAlias) =>
        (_byName[kind.Index] ?? throw new ArgumentException($"The {kind.Singular} records are not found by name.", nameof(kind)))
        .TryGetValue(TextRules.NameKey(nameOrAlias), out var record) ? record : null;

    public ClusterRecord? FindCluster(string nameOrAlias) => (ClusterRecord?)FindByName(RecordSchemas.Clusters, nameOrAlias);
    public AllianceRecord? FindAlliance(string nameOrAlias) => (AllianceRecord?)FindByName(RecordSchemas.Alliances, nameOrAlias);
    public OrganizationRecord? FindOrganization(string nameOrAlias) => (OrganizationRecord?)FindByName(RecordSchemas.Organizations, nameOrAlias);
    public EventRecord? FindEvent(string name) => (EventRecord?)FindByName(RecordSchemas.Events, name);
    public ChipRecord? FindChip(string name) => (ChipRecord?)FindByName(RecordSchemas.Chips, name);
    public ProductRecord? FindProduct(string nameOrAlias) => (ProductRecord?)FindByName(RecordSchemas.Products, nameOrAlias);

    /// <summary>A citation by its exact id (S9), ignoring case.</summary>
    /// <summary>A citation by id, any case: "s9" finds S9, "ACME-REPORT" finds acme-report.</summary>
    public CitationRecord? FindCitation(string id) =>
        IdIndex(RecordSchemas.Citations).TryGetValue(id.ToUpperInvariant(), out var c) ||
        IdIndex(RecordSchemas.Citations).TryGetValue(id.ToLowerInvariant(), out c)
            ? (CitationRecord)c
            : null;

    /// <summary>The record of a kind with this id; the id is known to exist (references are checked).</summary>
    public Record ById(RecordSchema kind, string id) => IdIndex(kind)[id];

    private Dictionary<string, Record> IdIndex(RecordSchema kind) =>
        _byId[kind.Index] ?? throw new ArgumentException($"No field refers to {kind.Singular} records by id.", nameof(kind));

    public OrganizationRecord Organization(string id) => (OrganizationRecord)ById(RecordSchemas.Organizations, id);
    public ChipRecord Chip(string id) => (ChipRecord)ById(RecordSchemas.Chips, id);
    public EventRecord Event(string id) => (EventRecord)ById(RecordSchemas.Events, id);

    public IReadOnlyList<AllianceRecord> AlliancesOf(string organizationId) =>
        _alliancesByMember.TryGetValue(organizationId, out var a) ? a : Array.Empty<AllianceRecord>();

    public IReadOnlyList<ClusterRecord> ClustersWithChip(string chipId) =>
        _clustersByChip.TryGetValue(chipId, out var c) ? c : Array.Empty<ClusterRecord>();

    /// <summary>
    /// The published claims comparing two systems on one property, in either direction, in the order the data lists
    /// them: a claim of the second system over the first is in the list too (its ratio is then the inverse).
    /// </summary>
    public IEnumerable<ClaimRecord> ClaimsBetween(string systemId, string otherId, string property) =>
        (_claimsBySystem.TryGetValue(systemId, out var claims) ? claims : Array.Empty<ClaimRecord>())
        .Where(c => c.Property == property &&
            ((c.SystemId == systemId && c.AgainstId == otherId) || (c.SystemId == otherId && c.AgainstId == systemId)));

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

    private readonly System.Threading.CancellationToken _cancel;

    private void CheckReferences(IEnumerable<Record> records)
    {
        var citations = IdIndex(RecordSchemas.Citations);
        ReferenceTest resolves = (kind, id) => IdIndex(RecordSchemas.Of(kind)).ContainsKey(id);
        var count = 0;
        foreach (var record in records)
        {
            if ((++count & 0xFFF) == 0)
            {
                _cancel.ThrowIfCancellationRequested();
            }

            if (!record.EachReference(resolves))
            {
                // Rare: walk again, naming the fields, to say which one is at fault.
                foreach (var reference in record.References())
                {
                    if (!resolves(reference.Kind, reference.Id))
                    {
                        throw new DatasetException(record.File, record.Id, reference.Field,
                            $"'{reference.Id}' is not the id of any record in '{RecordSchemas.Of(reference.Kind).Section}'.");
                    }
                }
            }

            if (!record.EachSourceId(citations.ContainsKey))
            {
                // Rare: walk again, naming the fields, to say which one is at fault.
                foreach (var (field, sources) in record.SourceLists())
                {
                    foreach (var source in sources.Where(s => !citations.ContainsKey(s)))
                    {
                        throw new DatasetException(record.File, record.Id, field,
                            $"The source id '{source}' is not in 'citations'.");
                    }
                }
            }
        }
    }

    private Dictionary<string, Record> IndexByName(RecordSchema kind, IReadOnlyList<Record> records)
    {
        var index = new Dictionary<string, Record>(records.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var record in records)
        {
            // The name, then each alias, without building a list of them: this runs for every record loaded.
            for (var i = -1; i < record.Aliases.Count; i++)
            {
                var name = i < 0 ? record.MainName : record.Aliases[i];
                var key = TextRules.NameKey(name); // composed and decomposed, ligature or not: one name
                if (index.TryGetValue(key, out var other) && !ReferenceEquals(other, record))
                {
                    throw NameClash(kind, record, other, key);
                }

                index[key] = record;
            }
        }

        return index;
    }

    // Two records share a name: the error names the one from the later layer (the file being imported, not the
    // embedded one), and the field of that record that holds the name, "name" or "aliases".
    private DatasetException NameClash(RecordSchema kind, Record first, Record second, string key)
    {
        int LayerOf(Record record)
        {
            for (var l = Layers.Count - 1; l >= 0; l--)
            {
                foreach (var r in Layers[l].RecordsOf(kind))
                {
                    if (ReferenceEquals(r, record))
                    {
                        return l;
                    }
                }
            }

            return -1;
        }

        var (blamed, other) = LayerOf(second) > LayerOf(first) ? (second, first) : (first, second);
        var isName = string.Equals(TextRules.NameKey(blamed.MainName), key, StringComparison.OrdinalIgnoreCase);
        var name = isName ? blamed.MainName
            : blamed.Aliases.First(a => string.Equals(TextRules.NameKey(a), key, StringComparison.OrdinalIgnoreCase));
        return new DatasetException(blamed.File, blamed.Id, isName ? "name" : "aliases",
            $"The {kind.Singular} name or alias '{name}' is also used by '{other.Id}'.");
    }
}
