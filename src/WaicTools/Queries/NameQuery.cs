using System;
using System.Collections.Generic;
using System.Linq;
using WaicTools.Data;
using WaicTools.Model;

namespace WaicTools.Queries;

/// <summary>
/// The shared rule of every -Name parameter: results follow the order of the names given, each record
/// once; with no names, every record that passes the filters, in the dataset's order. An exact name that
/// finds nothing is reported; a wildcard that finds nothing is not.
/// </summary>
internal static class NameQuery
{
    public static QueryResult<T> Run<T>(IReadOnlyList<T> all, Func<string, T?> findExact,
        IReadOnlyList<string>? names, Func<T, bool> filter)
        where T : Record =>
        Run(all, name => findExact(name) is T record ? new[] { record } : Array.Empty<T>(), names, filter);

    /// <summary>The same rule where an exact name may find several records (one of each kind searched).</summary>
    public static QueryResult<T> Run<T>(IReadOnlyList<T> all, Func<string, IEnumerable<T>> findExact,
        IReadOnlyList<string>? names, Func<T, bool> filter)
        where T : Record
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
            var matches = pattern.IsWildcard
                ? all.Where(r => pattern.IsMatchAny(r.Names) && filter(r))
                : findExact(pattern.Literal).Where(filter);
            var matched = false;
            foreach (var match in matches)
            {
                matched = true;
                if (seen.Add(match))
                {
                    found.Add(match);
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
