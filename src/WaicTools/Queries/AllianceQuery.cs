using System;
using System.Collections.Generic;
using System.Linq;
using WaicTools.Data;
using WaicTools.Model;

namespace WaicTools.Queries;

/// <summary>Finds alliances and makes the objects handed to the user.</summary>
internal static class AllianceQuery
{
    /// <param name="dataset">The dataset to search.</param>
    /// <param name="names">Alliance names or wildcards; null or empty for all.</param>
    /// <param name="members">Keep alliances having a member whose name or alias matches any of these.</param>
    public static QueryResult<Alliance> Find(Dataset dataset, IReadOnlyList<string>? names,
        IReadOnlyList<string>? members)
    {
        var memberPatterns = NamePattern.From(members);
        var result = NameQuery.Run(dataset.Alliances, dataset.FindAlliance, names,
            a => NamePattern.FilterAny(memberPatterns,
                a.Members.SelectMany(m => dataset.Organization(m.OrganizationId).Names)));
        return NameQuery.Select(result, r => new Alliance(r, dataset));
    }

    /// <summary>
    /// The alliances related to a piped object, passing the member filter: those an organisation belongs to; for a
    /// system, chip or product, those of the organisations behind it; an alliance itself. Null for other objects.
    /// </summary>
    public static IReadOnlyList<Alliance>? Related(Dataset dataset, object input, IReadOnlyList<string>? members)
    {
        IEnumerable<string>? organizations = input switch
        {
            Organization organization => new[] { organization.Id },
            ChipCluster cluster => dataset.OrganizationsBehind(cluster.Record, withPartners: false),
            Chip chip => new[] { chip.Record.DesignerId },
            Product product => new[] { product.Record.CompanyId },
            Alliance => null,
            _ => null,
        };
        var memberPatterns = NamePattern.From(members);
        bool Keep(AllianceRecord a) => NamePattern.FilterAny(memberPatterns,
            a.Members.SelectMany(m => dataset.Organization(m.OrganizationId).Names));

        if (input is Alliance alliance)
        {
            return Keep(alliance.Record) ? new[] { new Alliance(alliance.Record, dataset) } : Array.Empty<Alliance>();
        }

        if (organizations is null)
        {
            return null;
        }

        var ids = new HashSet<string>(organizations);
        return dataset.Alliances
            .Where(a => a.Members.Any(m => ids.Contains(m.OrganizationId)) && Keep(a))
            .Select(a => new Alliance(a, dataset))
            .ToArray();
    }

    /// <summary>The alliances whose name or alias matches any of the patterns.</summary>
    public static IEnumerable<AllianceRecord> Matching(Dataset dataset, IReadOnlyList<string> names)
    {
        var patterns = NamePattern.From(names);
        return dataset.Alliances.Where(a => patterns.Any(p => p.IsMatchAny(a.Names)));
    }
}
