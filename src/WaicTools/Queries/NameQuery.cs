using System;
using System.Collections.Generic;
using System.Linq;

namespace WaicTools.Queries;

/// <summary>
/// The shared rule of every -Name parameter: results follow the order of the names given, each record
/// once; with no names, every record that passes the filters, in the dataset's order.
/// </summary>
internal static class NameQuery
{
    public static QueryResult<T> Run<T>(IReadOnlyList<T> all, Func<string, T?> findExact,
        Func<T, IEnumerable<string>> namesOf, IReadOnlyList<string>? names, Func<T, bool> filter)
        where T : class
    {
        if (names is null || names.Count == 0)
        {
            return new QueryResult<T>(all.Where(filter).ToArray(), Array.Empty<string>());
        }

        var found = new List<T>();
        var seen = new HashSet<T>();
        var notFound = new List<string>();
        foreach (var pattern in NamePattern.From(names))
        {
            var matched = false;
            if (pattern.IsWildcard)
            {
                foreach (var record in all)
                {
                    if (pattern.IsMatchAny(namesOf(record)) && filter(record))
                    {
                        matched = true;
                        if (seen.Add(record))
                        {
                            found.Add(record);
                        }
                    }
                }
            }
            else if (findExact(pattern.Literal) is T record && filter(record))
            {
                matched = true;
                if (seen.Add(record))
                {
                    found.Add(record);
                }
            }

            if (!matched && !pattern.IsWildcard)
            {
                notFound.Add(pattern.Text);
            }
        }

        return new QueryResult<T>(found, notFound);
    }
}
