using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace WaicTools.Model;

/// <summary>Source ids (S1, S2, ... S97) each once, in number order.</summary>
internal static class SourceIdOrder
{
    public static IEnumerable<string> Sort(IEnumerable<string> ids) => ids.Distinct().OrderBy(Number).ThenBy(i => i, System.StringComparer.Ordinal);

    public static int Number(string id) =>
        id.Length > 1 && int.TryParse(id.Substring(1), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n
            : int.MaxValue;
}
