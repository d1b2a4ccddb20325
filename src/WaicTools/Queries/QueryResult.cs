using System.Collections.Generic;
using WaicTools.Model;

namespace WaicTools.Queries;

/// <summary>What a query found, and which exact names found nothing (each one is an error to report).</summary>
internal sealed class QueryResult<T>
{
    public QueryResult(IReadOnlyList<T> items, IReadOnlyList<string> notFound)
    {
        Items = items;
        NotFound = notFound;
    }

    public IReadOnlyList<T> Items { get; }

    public IReadOnlyList<string> NotFound { get; }
}
