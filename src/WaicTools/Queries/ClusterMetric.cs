using System;
using System.Collections.Generic;
using System.Linq;

namespace WaicTools.Queries;

/// <summary>A <see cref="ChipCluster"/> property that Compare-Cluster can compare.</summary>
internal sealed class ClusterMetric
{
    private ClusterMetric(string property, string unit, BetterWhen betterWhen, Func<ChipCluster, double?> value)
    {
        Property = property;
        Unit = unit;
        BetterWhen = betterWhen;
        Value = value;
    }

    public string Property { get; }
    public string Unit { get; }
    public BetterWhen BetterWhen { get; }
    public Func<ChipCluster, double?> Value { get; }

    /// <summary>Every comparable metric, in the order Compare-Cluster reports them.</summary>
    public static IReadOnlyList<ClusterMetric> All { get; } = new[]
    {
        new ClusterMetric(nameof(ChipCluster.ChipCount), "chips", BetterWhen.None, c => c.ChipCount),
        new ClusterMetric(nameof(ChipCluster.Bf16DensePflops), "PFLOPS", BetterWhen.Higher, c => c.Bf16DensePflops),
        new ClusterMetric(nameof(ChipCluster.HbmCapacityTB), "TB", BetterWhen.Higher, c => c.HbmCapacityTB),
        new ClusterMetric(nameof(ChipCluster.HbmBandwidthTBps), "TB/s", BetterWhen.Higher, c => c.HbmBandwidthTBps),
        new ClusterMetric(nameof(ChipCluster.ScaleUpBandwidthTBps), "TB/s", BetterWhen.Higher, c => c.ScaleUpBandwidthTBps),
        new ClusterMetric(nameof(ChipCluster.PowerKW), "kW", BetterWhen.Lower, c => c.PowerKW),
        new ClusterMetric(nameof(ChipCluster.WattsPerTflop), "W/TFLOPS", BetterWhen.Lower, c => c.WattsPerTflop),
        new ClusterMetric(nameof(ChipCluster.Racks), "racks", BetterWhen.None, c => c.Racks),
    };

    public static IEnumerable<string> Names => All.Select(m => m.Property);

    /// <summary>
    /// The metrics named by <paramref name="properties"/> (names or wildcards, any case), in report order.
    /// An exact name that is no metric is returned in <paramref name="unknown"/>.
    /// </summary>
    public static IReadOnlyList<ClusterMetric> Select(IReadOnlyList<string>? properties, out IReadOnlyList<string> unknown)
    {
        if (properties is null || properties.Count == 0)
        {
            unknown = Array.Empty<string>();
            return All;
        }

        var patterns = NamePattern.From(properties);
        unknown = patterns.Where(p => !p.IsWildcard && !All.Any(m => p.IsMatch(m.Property)))
            .Select(p => p.Text).ToArray();
        return All.Where(m => patterns.Any(p => p.IsMatch(m.Property))).ToArray();
    }
}
