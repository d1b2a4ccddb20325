using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace WaicTools.Queries;

/// <summary>Source ids (S1, S2, ... S97) gathered from a record and its figures, each once, in number order.</summary>
internal static class SourceIds
{
    public static IEnumerable<string> Collect(IEnumerable<string> recordSources, IEnumerable<string> figureSources) =>
        recordSources
            .Concat(figureSources)
            .Distinct()
            .OrderBy(Number);

    private static int Number(string id) =>
        int.TryParse(id.Substring(1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue;
}
