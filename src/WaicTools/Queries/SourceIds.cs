using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using WaicTools.Data;

namespace WaicTools.Queries;

/// <summary>Source ids (S1, S2, ... S97) gathered from a record and its figures, each once, in number order.</summary>
internal static class SourceIds
{
    public static IEnumerable<string> Collect(ClusterRecord r) => Collect(r.Sources,
        new[] { r.ChipCount, r.Bf16DensePflops, r.HbmCapacityTB, r.HbmBandwidthTBps, r.ScaleUpBandwidthTBps, r.PowerKW, r.Racks }
            .SelectMany(f => f?.AllSources ?? Enumerable.Empty<string>())
            .Concat(r.Announced?.AllSources ?? Enumerable.Empty<string>()));

    public static IEnumerable<string> Collect(AllianceRecord r) =>
        Collect(r.Sources, r.Announced?.AllSources ?? Enumerable.Empty<string>());

    private static IEnumerable<string> Collect(IEnumerable<string> recordSources, IEnumerable<string> figureSources) =>
        recordSources
            .Concat(figureSources)
            .Distinct()
            .OrderBy(Number);

    private static int Number(string id) =>
        int.TryParse(id.Substring(1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue;
}
