using System;
using System.Collections.Generic;
using System.Linq;
using WaicTools.Data;
using WaicTools.Model;

namespace WaicTools.Queries;

/// <summary>Finds alliances.</summary>
internal static class AllianceQuery
{
    /// <param name="dataset">The dataset to search.</param>
    /// <param name="names">Alliance names or wildcards; null or empty for all.</param>
    /// <param name="members">Keep alliances having a member whose name or alias matches any of these.</param>
    public static QueryResult<AllianceRecord> Find(Dataset dataset, IReadOnlyList<string>? names,
        IReadOnlyList<string>? members)
    {
        var memberPatterns = NamePattern.From(members);
        return NameQuery.Run(dataset.Alliances, dataset.FindAlliance, names,
            a => NamePattern.FilterAny(memberPatterns, FilterValues.Members(dataset, a)));
    }

    /// <summary>
    /// The alliances related to the record of a piped object, passing the member filter: those an organisation
    /// belongs to; for a system, chip or product, those of the organisations behind it; an alliance itself. Null
    /// for other kinds.
    /// </summary>
    public static IReadOnlyList<AllianceRecord>? Related(Dataset dataset, Record input, IReadOnlyList<string>? members)
    {
        IEnumerable<string>? organizations = input switch
        {
            OrganizationRecord organization => new[] { organization.Id },
            ClusterRecord cluster => dataset.OrganizationsBehind(cluster, withPartners: false),
            ChipRecord chip => new[] { chip.DesignerId },
            ProductRecord product => new[] { product.CompanyId },
            _ => null,
        };
        var memberPatterns = NamePattern.From(members);
        bool Keep(AllianceRecord a) => NamePattern.FilterAny(memberPatterns, FilterValues.Members(dataset, a));

        if (input is AllianceRecord alliance)
        {
            return Keep(alliance) ? new[] { alliance } : Array.Empty<AllianceRecord>();
        }

        if (organizations is null)
        {
            return null;
        }

        var ids = new HashSet<string>(organizations);
        return dataset.Alliances
            .Where(a => a.Members.Any(m => ids.Contains(m.OrganizationId)) && Keep(a))
            .ToArray();
    }

    /// <summary>The alliances whose name or alias matches any of the patterns.</summary>
    public static IEnumerable<AllianceRecord> Matching(Dataset dataset, IReadOnlyList<string> names)
    {
        var patterns = NamePattern.From(names);
        return dataset.Alliances.Where(a => patterns.Any(p => p.IsMatchAny(a.Names)));
    }
}
