using System.Collections.Generic;
using System.Linq;
using WaicTools.Data;

namespace WaicTools.Queries;

/// <summary>Finds alliances and makes the objects handed to the user.</summary>
internal static class AllianceQuery
{
    /// <param name="dataset">The dataset to search.</param>
    /// <param name="names">Alliance names or wildcards; null or empty for all.</param>
    /// <param name="members">Keep alliances having a member that matches any of these names or wildcards.</param>
    public static QueryResult<Alliance> Find(Dataset dataset, IReadOnlyList<string>? names,
        IReadOnlyList<string>? members)
    {
        var memberPatterns = NamePattern.From(members);
        var result = NameQuery.Run(
            dataset.Alliances,
            dataset.FindAlliance,
            a => new[] { a.Name }.Concat(a.Aliases),
            names,
            a => NamePattern.FilterAny(memberPatterns, a.Members));

        return new QueryResult<Alliance>(result.Items.Select(ToOutput).ToArray(), result.NotFound);
    }

    public static Alliance ToOutput(AllianceRecord record) => new(record);
}
