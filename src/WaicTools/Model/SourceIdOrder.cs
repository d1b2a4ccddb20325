using System.Collections.Generic;
using System.Globalization;

namespace WaicTools.Model;

/// <summary>Source ids (S1, S2, ... and a user's own) each once, the dataset's in number order, then the rest.</summary>
internal static class SourceIdOrder
{
    public static IEnumerable<string> Sort(IEnumerable<string> ids)
    {
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        var sorted = new List<string>();
        foreach (var id in ids)
        {
            if (seen.Add(id))
            {
                sorted.Add(id);
            }
        }

        sorted.Sort(Compare);
        return sorted;
    }

    /// <summary>By number (S2 before S10), then ordinally.</summary>
    public static int Compare(string a, string b)
    {
        var byNumber = Number(a).CompareTo(Number(b));
        return byNumber != 0 ? byNumber : string.CompareOrdinal(a, b);
    }

    // The dataset's own ids by number; a user's own ids ("acme-report") after them, in text order.
    public static int Number(string id) =>
        id.Length > 1 && id[0] == 'S' && int.TryParse(id.Substring(1), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n
            : int.MaxValue;
}
