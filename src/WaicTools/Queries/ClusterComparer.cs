using System;
using System.Collections.Generic;
using System.Linq;

namespace WaicTools.Queries;

/// <summary>The arithmetic of Compare-Cluster: one row per metric, ratio = reference / difference.</summary>
internal static class ClusterComparer
{
    // Figures are stored with at most a few significant digits; anything closer than this is the same value.
    private const double RelativeTolerance = 1e-9;

    public static IEnumerable<ClusterComparison> Compare(ChipCluster reference, ChipCluster difference,
        IReadOnlyList<ClusterMetric> metrics) =>
        metrics.Select(m => Compare(reference, difference, m));

    public static ClusterComparison Compare(ChipCluster reference, ChipCluster difference, ClusterMetric metric)
    {
        var left = metric.Value(reference);
        var right = metric.Value(difference);
        double? ratio = left is double l && right is double r && r != 0 ? l / r : null;
        return new ClusterComparison(reference.Name, difference.Name, metric.Property, metric.Unit, left, right,
            ratio, metric.BetterWhen, Better(left, right, metric.BetterWhen));
    }

    internal static BetterSide? Better(double? left, double? right, BetterWhen betterWhen)
    {
        if (left is not double l || right is not double r)
        {
            return null;
        }

        if (Math.Abs(l - r) <= RelativeTolerance * Math.Max(Math.Abs(l), Math.Abs(r)))
        {
            return BetterSide.Equal;
        }

        return betterWhen switch
        {
            BetterWhen.Higher => l > r ? BetterSide.Reference : BetterSide.Difference,
            BetterWhen.Lower => l < r ? BetterSide.Reference : BetterSide.Difference,
            _ => null,
        };
    }
}
