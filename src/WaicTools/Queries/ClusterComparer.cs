using System;
using System.Collections.Generic;
using System.Linq;
using WaicTools.Data;
using WaicTools.Model;

namespace WaicTools.Queries;

/// <summary>One compared metric of two cluster systems: what Compare-Cluster's rows show.</summary>
internal sealed class MetricComparison
{
    public MetricComparison(ClusterRecord reference, ClusterRecord difference, ClusterMetric metric,
        double? referenceValue, double? differenceValue, double? ratioLow, double? ratioHigh, BetterSide? better,
        string? alternatives, IReadOnlyList<string> sources)
    {
        Reference = reference;
        Difference = difference;
        Metric = metric;
        ReferenceValue = referenceValue;
        DifferenceValue = differenceValue;
        RatioLow = ratioLow;
        RatioHigh = ratioHigh;
        Better = better;
        Alternatives = alternatives;
        Sources = sources;
    }

    public ClusterRecord Reference { get; }
    public ClusterRecord Difference { get; }
    public ClusterMetric Metric { get; }
    public double? ReferenceValue { get; }
    public double? DifferenceValue { get; }

    /// <summary>ReferenceValue / DifferenceValue; null when either is unknown or the divisor is zero.</summary>
    public double? Ratio => ClusterComparer.Ratio(ReferenceValue, DifferenceValue);

    public double? RatioLow { get; }
    public double? RatioHigh { get; }
    public BetterSide? Better { get; }
    public string? Alternatives { get; }

    /// <summary>The source ids behind both values, each once, in number order.</summary>
    public IReadOnlyList<string> Sources { get; }
}

/// <summary>A cluster system with the dataset it was read from, where its chip and the chip's figures are found.</summary>
internal readonly struct SystemOf
{
    public SystemOf(Dataset data, ClusterRecord record)
    {
        Data = data;
        Record = record;
    }

    public Dataset Data { get; }
    public ClusterRecord Record { get; }
}

/// <summary>The arithmetic of Compare-Cluster: one row per metric, ratio = reference / difference.</summary>
internal static class ClusterComparer
{
    // Figures are stored with at most a few significant digits; anything closer than this is the same value.
    private const double RelativeTolerance = 1e-9;

    public static IEnumerable<MetricComparison> Compare(Dataset dataset, ClusterRecord reference, ClusterRecord difference,
        IReadOnlyList<ClusterMetric> metrics) =>
        metrics.Select(m => Compare(new SystemOf(dataset, reference), new SystemOf(dataset, difference), m));

    /// <summary>Two systems, each read in the dataset it came from (a piped object may come from before an import).</summary>
    public static IEnumerable<MetricComparison> Compare(SystemOf reference, SystemOf difference, IReadOnlyList<ClusterMetric> metrics) =>
        metrics.Select(m => Compare(reference, difference, m));

    public static MetricComparison Compare(Dataset dataset, ClusterRecord reference, ClusterRecord difference, ClusterMetric metric) =>
        Compare(new SystemOf(dataset, reference), new SystemOf(dataset, difference), metric);

    public static MetricComparison Compare(SystemOf referenceSystem, SystemOf differenceSystem, ClusterMetric metric)
    {
        var (reference, difference) = (referenceSystem.Record, differenceSystem.Record);
        var left = metric.Candidates(referenceSystem.Data, reference);
        var right = metric.Candidates(differenceSystem.Data, difference);
        double? leftValue = left.Count > 0 ? left[0] : null;
        double? rightValue = right.Count > 0 ? right[0] : null;

        // The range of ratios that the values of both sides allow. Every figure is positive (the loader refuses
        // anything else), so the extremes are the smallest over the largest and the largest over the smallest: one
        // pass over each side, not every value of one side against every value of the other.
        double? low = null, high = null;
        if (left.Count > 0 && right.Count > 0)
        {
            var (leftLow, leftHigh) = Extremes(left);
            var (rightLow, rightHigh) = Extremes(right);
            low = leftLow / rightHigh;
            high = leftHigh / rightLow;
        }

        return new MetricComparison(reference, difference, metric, leftValue, rightValue, low, high,
            Better(leftValue, rightValue, metric.BetterWhen), Alternatives(referenceSystem, differenceSystem, metric),
            SourceIdOrder.Sort(metric.SourcesOf(referenceSystem.Data, reference)
                .Concat(metric.SourcesOf(differenceSystem.Data, difference))).ToArray());
    }

    private static (double Low, double High) Extremes(IReadOnlyList<double> values)
    {
        var (low, high) = (values[0], values[0]);
        for (var i = 1; i < values.Count; i++)
        {
            low = Math.Min(low, values[i]);
            high = Math.Max(high, values[i]);
        }

        return (low, high);
    }

    internal static double? Ratio(double? left, double? right) =>
        left is double l && right is double r && r != 0 ? l / r : null;

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

    // "CloudMatrix 384: 559 kW (S10, S12, S13); 600 kW (S9)" for each side whose figure is disputed.
    private static string? Alternatives(SystemOf reference, SystemOf difference, ClusterMetric metric)
    {
        var sides = new[] { reference, difference }
            .GroupBy(c => c.Record.Id)
            .Select(g => g.First())
            .Select(c => (c.Record.Name, Text: Describe(c.Data, c.Record, metric)))
            .Where(s => s.Text is not null)
            .Select(s => s.Name + ": " + s.Text)
            .ToArray();
        return sides.Length == 0 ? null : string.Join(" | ", sides);
    }

    private static string? Describe(Dataset dataset, ClusterRecord cluster, ClusterMetric metric)
    {
        if (metric.Fact is not null)
        {
            return metric.Fact(dataset, cluster) is { HasAlternatives: true } fact ? FactText.Values(fact, metric.Unit) : null;
        }

        // A derived metric is disputed when any figure it is derived from is; list the values it can take.
        var values = metric.Candidates(dataset, cluster);
        return values.Count > 1
            ? string.Join("; ", values.Distinct().Select(v => FactText.Number(Math.Round(v, 3), metric.Unit)))
            : null;
    }
}
