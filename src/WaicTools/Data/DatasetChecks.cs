using System;
using System.Collections.Generic;
using System.Globalization;
using WaicTools.Model;

namespace WaicTools.Data;

/// <summary>
/// Cross-checks that a schema cannot express: a published system figure should agree with its chip's
/// per-package figure times the chip count. A gap of more than <see cref="Tolerance"/> needs a note on the
/// system figure that explains it; without one, the figure is reported.
/// </summary>
internal static class DatasetChecks
{
    public const double Tolerance = 0.05;

    public static IReadOnlyList<string> SystemFiguresAgreeWithChips(Dataset dataset)
    {
        var problems = new List<string>();
        foreach (var cluster in dataset.Clusters)
        {
            if (cluster.ChipId is null || cluster.ChipCount is null)
            {
                continue;
            }

            var chip = dataset.Chip(cluster.ChipId);
            var count = cluster.ChipCount.Value;
            Check(problems, cluster, "bf16DensePflops", cluster.Bf16DensePflops, chip.Bf16DenseTflops, count, 1e-3, "TFLOPS");
            Check(problems, cluster, "hbmCapacityTB", cluster.HbmCapacityTB, chip.HbmGB, count, 1e-3, "GB");
            Check(problems, cluster, "hbmBandwidthTBps", cluster.HbmBandwidthTBps, chip.HbmTBps, count, 1, "TB/s");
        }

        return problems;
    }

    private static void Check(List<string> problems, ClusterRecord cluster, string field, Fact<double>? system,
        Fact<double>? perChip, double count, double scale, string chipUnit)
    {
        if (system is null || perChip is null || system.Note is not null)
        {
            return;
        }

        var expected = perChip.Value * count * scale;
        var gap = Math.Abs(system.Value - expected) / expected;
        if (gap > Tolerance)
        {
            problems.Add(string.Format(CultureInfo.InvariantCulture,
                "'{0}' record '{1}', field '{2}': {3} differs by {4:P1} from {5} chips x {6} {7} = {8}; add a note that explains the gap, or correct the figure.",
                cluster.File, cluster.Id, field, system.Value, gap, count, perChip.Value, chipUnit, expected));
        }
    }
}
