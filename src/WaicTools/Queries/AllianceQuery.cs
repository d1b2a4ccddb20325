using System.Collections.Generic;
using System.Linq;
using WaicTools.Data;

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

    /// <summary>The alliances whose name or alias matches any of the patterns.</summary>
    public static IEnumerable<AllianceRecord> Matching(Dataset dataset, IReadOnlyList<string> names)
    {
        var patterns = NamePattern.From(names);
        return dataset.Alliances.Where(a => patterns.Any(p => p.IsMatchAny(a.Names)));
    }
}
