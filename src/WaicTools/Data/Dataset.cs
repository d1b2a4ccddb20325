using System;
using System.Collections.Generic;
using System.Linq;

namespace WaicTools.Data;

/// <summary>
/// The whole dataset in memory. Built once by <see cref="DatasetLoader"/>, never changed afterwards;
/// everything the cmdlets hand out is made fresh from it.
/// </summary>
internal sealed class Dataset
{
    private readonly Dictionary<string, ClusterRecord> _clustersByName;
    private readonly Dictionary<string, AllianceRecord> _alliancesByName;

    public Dataset(IEnumerable<ClusterRecord> clusters, IEnumerable<AllianceRecord> alliances)
    {
        // Canonical order: the largest systems first, unknown sizes last, then by name.
        Clusters = clusters
            .OrderByDescending(c => c.ChipCount?.Value ?? -1)
            .ThenBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
            .ToArray();
        Alliances = alliances
            .OrderBy(a => a.Announced?.Value ?? DateTime.MaxValue)
            .ThenBy(a => a.Name, StringComparer.OrdinalIgnoreCase)
            .ToArray();

        _clustersByName = IndexByName(Clusters, c => c.Name, c => c.Aliases, "cluster");
        _alliancesByName = IndexByName(Alliances, a => a.Name, a => a.Aliases, "alliance");
    }

    public IReadOnlyList<ClusterRecord> Clusters { get; }

    public IReadOnlyList<AllianceRecord> Alliances { get; }

    /// <summary>Finds a cluster by its exact name or alias, ignoring case (culture-invariant).</summary>
    public ClusterRecord? FindCluster(string nameOrAlias) =>
        _clustersByName.TryGetValue(nameOrAlias, out var record) ? record : null;

    /// <summary>Finds an alliance by its exact name or alias, ignoring case (culture-invariant).</summary>
    public AllianceRecord? FindAlliance(string nameOrAlias) =>
        _alliancesByName.TryGetValue(nameOrAlias, out var record) ? record : null;

    private static Dictionary<string, T> IndexByName<T>(IEnumerable<T> records, Func<T, string> name,
        Func<T, IEnumerable<string>> aliases, string kind)
    {
        var index = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        foreach (var record in records)
        {
            foreach (var key in new[] { name(record) }.Concat(aliases(record)))
            {
                if (index.TryGetValue(key, out var other) && !ReferenceEquals(other, record))
                {
                    throw new DatasetException(null, null, "name",
                        $"The {kind} name or alias '{key}' is used by both '{name(other)}' and '{name(record)}'.");
                }

                index[key] = record;
            }
        }

        return index;
    }
}
