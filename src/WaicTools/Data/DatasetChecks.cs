using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
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

    /// <summary>The warnings an import gives: at most <paramref name="limit"/> problems, then one line counting the rest.</summary>
    public static IReadOnlyList<string> ImportWarnings(Dataset dataset, int limit)
    {
        var problems = SystemFiguresAgreeWithChips(dataset, limit, out var total);
        return total <= problems.Count
            ? problems
            : problems.Concat(new[]
            {
                string.Format(CultureInfo.InvariantCulture,
                    "{0} more system figures differ from chip x count in the same way; run Get-ChipCluster to review them.",
                    total - problems.Count),
            }).ToArray();
    }

    public static IReadOnlyList<string> SystemFiguresAgreeWithChips(Dataset dataset) =>
        SystemFiguresAgreeWithChips(dataset, int.MaxValue, out _);

    /// <summary>Up to <paramref name="limit"/> problems written out; <paramref name="total"/> counts them all.</summary>
    public static IReadOnlyList<string> SystemFiguresAgreeWithChips(Dataset dataset, int limit, out int total)
    {
        var problems = new Problems(limit);
        foreach (var cluster in dataset.Clusters)
        {
            if (cluster.ChipId is null || cluster.ChipCount is null)
            {
                continue;
            }

            var chip = dataset.Chip(cluster.ChipId);
            var count = cluster.ChipCount.Value;
            foreach (var field in RecordSchemas.Clusters.PerChipFigures)
            {
                var (chipField, scale) = field.PerChip!.Value;
                Check(problems, cluster, field.Json, Figure(RecordSchemas.Clusters, field.Json, cluster),
                    Figure(RecordSchemas.Chips, chipField, chip), count, scale, RecordSchemas.Chips[chipField].Unit);
            }

            MixedUnits(problems, cluster, Figure(RecordSchemas.Chips, "hbmGB", chip), count);
        }

        total = problems.Total;
        return problems.Written;
    }

    private static Fact<double>? Figure(RecordSchema kind, string field, Item item) => (Fact<double>?)kind[field].Get(item);

    // Some vendors divide a sum of decimal gigabytes by 1,024 ("48 TB" for 384 x 128 GB = 49,152 GB). That is the same
    // amount, not a disagreement and not TiB: stored as the value it hides the decimal figure, and as an alternative it
    // widens every ratio range.
    private static void MixedUnits(Problems problems, ClusterRecord cluster, Fact<double>? perChip, double count)
    {
        if (cluster.HbmCapacityTB is not { } memory || perChip is null)
        {
            return;
        }

        var decimalTB = perChip.Value * count / 1000;
        var mixedTB = perChip.Value * count / 1024;
        bool IsMixed(double value) => Math.Abs(value - mixedTB) <= 1e-3 * mixedTB && Math.Abs(value - decimalTB) > 1e-3 * decimalTB;
        var values = new[] { memory.Value }.Concat(memory.Alternatives.Select(a => a.Value)).ToArray();
        foreach (var value in values.Where(IsMixed))
        {
            if (problems.Add())
            {
                problems.Written.Add(string.Format(CultureInfo.InvariantCulture,
                    "'{0}' record '{1}', field 'hbmCapacityTB': {2} is {3} chips x {4} GB = {5} GB divided by 1,024, the same amount as {6} TB in decimal units; store {6} and keep the published form in the note, never as an alternative.",
                    cluster.File, cluster.Id, value, count, perChip.Value, perChip.Value * count, decimalTB));
            }
        }
    }

    private sealed class Problems
    {
        private readonly int _limit;

        public Problems(int limit) => _limit = limit;

        public List<string> Written { get; } = new();
        public int Total { get; private set; }

        /// <summary>Counts a problem; true when it is still to be written out.</summary>
        public bool Add() => ++Total <= _limit;
    }

    private static void Check(Problems problems, ClusterRecord cluster, string field, Fact<double>? system,
        Fact<double>? perChip, double count, double scale, string chipUnit)
    {
        if (system is null || perChip is null || system.Note is not null)
        {
            return;
        }

        var expected = perChip.Value * count * scale;
        var gap = Math.Abs(system.Value - expected) / expected;
        if (gap > Tolerance && problems.Add())
        {
            problems.Written.Add(string.Format(CultureInfo.InvariantCulture,
                "'{0}' record '{1}', field '{2}': {3} differs by {4:P1} from {5} chips x {6} {7} = {8}; add a note that explains the gap, or correct the figure.",
                cluster.File, cluster.Id, field, system.Value, gap, count, perChip.Value, chipUnit, expected));
        }
    }
}
