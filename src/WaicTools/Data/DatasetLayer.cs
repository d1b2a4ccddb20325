using System.Collections.Generic;
using System.Linq;
using WaicTools.Model;

namespace WaicTools.Data;

/// <summary>
/// The records read from one set of files (the embedded data, or one import), each checked on its own.
/// Layers are composed into a <see cref="Dataset"/>, which checks the references between them.
/// </summary>
internal sealed class DatasetLayer : IRecordSet
{
    public DatasetLayer(string name, DatasetInfoRecord? info,
        IReadOnlyList<ClusterRecord> clusters, IReadOnlyList<AllianceRecord> alliances,
        IReadOnlyList<OrganizationRecord> organizations, IReadOnlyList<ChipRecord> chips,
        IReadOnlyList<ProductRecord> products, IReadOnlyList<EventRecord> events,
        IReadOnlyList<CitationRecord> citations, IReadOnlyList<string> warnings)
    {
        Name = name;
        Info = info;
        Clusters = clusters;
        Alliances = alliances;
        Organizations = organizations;
        Chips = chips;
        Products = products;
        Events = events;
        Citations = citations;
        Warnings = warnings;
    }

    /// <summary>"embedded", or the path the user imported.</summary>
    public string Name { get; }
    public DatasetInfoRecord? Info { get; }
    public IReadOnlyList<ClusterRecord> Clusters { get; }
    public IReadOnlyList<AllianceRecord> Alliances { get; }
    public IReadOnlyList<OrganizationRecord> Organizations { get; }
    public IReadOnlyList<ChipRecord> Chips { get; }
    public IReadOnlyList<ProductRecord> Products { get; }
    public IReadOnlyList<EventRecord> Events { get; }
    public IReadOnlyList<CitationRecord> Citations { get; }

    /// <summary>What was read but ignored, such as unknown fields.</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>"6 clusters, 2 alliances, ...", leaving out kinds with no records.</summary>
    public string Counts()
    {
        var parts = new (int Count, string Kind)[]
        {
            (Clusters.Count, "clusters"), (Alliances.Count, "alliances"), (Organizations.Count, "organizations"),
            (Chips.Count, "chips"), (Products.Count, "products"), (Events.Count, "events"), (Citations.Count, "citations"),
        };
        var text = string.Join(", ", parts.Where(p => p.Count > 0).Select(p => System.FormattableString.Invariant($"{p.Count} {p.Kind}")));
        return text.Length == 0 ? "no records" : text;
    }
}
