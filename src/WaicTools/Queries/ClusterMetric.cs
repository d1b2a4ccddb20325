using System;
using System.Collections.Generic;
using System.Linq;
using WaicTools.Data;

namespace WaicTools.Queries;

/// <summary>A <see cref="ChipCluster"/> property that Compare-Cluster can compare.</summary>
internal sealed class ClusterMetric
{
    private ClusterMetric(string property, string unit, BetterWhen betterWhen, Func<ClusterRecord, Fact<double>?>? fact,
        Func<ClusterRecord, IReadOnlyList<double>> candidates)
    {
        Property = property;
        Unit = unit;
        BetterWhen = betterWhen;
        Fact = fact;
        Candidates = candidates;
    }

    public string Property { get; }
    public string Unit { get; }
    public BetterWhen BetterWhen { get; }

    /// <summary>The stored figure, or null for a metric derived from others.</summary>
    public Func<ClusterRecord, Fact<double>?>? Fact { get; }

    /// <summary>Every value the sources allow: the primary value first, then the alternatives; empty when unknown.</summary>
    public Func<ClusterRecord, IReadOnlyList<double>> Candidates { get; }

    public double? Value(ClusterRecord record) => Candidates(record) is { Count: > 0 } values ? values[0] : null;

    /// <summary>The source ids behind every value of the metric for one record (both figures for a derived one).</summary>
    public IEnumerable<string> SourcesOf(ClusterRecord record) =>
        (Fact is not null ? new[] { Fact(record) } : new[] { record.PowerKW, record.Bf16DensePflops })
            .Where(f => f is not null)
            .SelectMany(f => f!.Sources.Concat(f.AlternativeSources.SelectMany(s => s)));

    /// <summary>Every comparable metric, in the order Compare-Cluster reports them.</summary>
    public static IReadOnlyList<ClusterMetric> All { get; } = new[]
    {
        Stored(nameof(ChipCluster.ChipCount), "chips", BetterWhen.None, r => r.ChipCount),
        Stored(nameof(ChipCluster.Bf16DensePflops), "PFLOPS", BetterWhen.Higher, r => r.Bf16DensePflops),
        Stored(nameof(ChipCluster.HbmCapacityTB), "TB", BetterWhen.Higher, r => r.HbmCapacityTB),
        Stored(nameof(ChipCluster.HbmBandwidthTBps), "TB/s", BetterWhen.Higher, r => r.HbmBandwidthTBps),
        Stored(nameof(ChipCluster.ScaleUpBandwidthTBps), "TB/s", BetterWhen.Higher, r => r.ScaleUpBandwidthTBps),
        Stored(nameof(ChipCluster.PowerKW), "kW", BetterWhen.Lower, r => r.PowerKW),
        new ClusterMetric(nameof(ChipCluster.WattsPerTflop), "W/TFLOPS", BetterWhen.Lower, null, WattsPerTflop),
        Stored(nameof(ChipCluster.Racks), "racks", BetterWhen.None, r => r.Racks),
    };

    public static IEnumerable<string> Names => All.Select(m => m.Property);

    /// <summary>The stored figures of a record, for the text that says where sources disagree.</summary>
    public static IEnumerable<FactText.Figure> Figures(ClusterRecord record) =>
        All.Where(m => m.Fact is not null)
            .Select(m => new FactText.Figure(m.Property, m.Unit, m.Fact!(record)))
            .Append(new FactText.Figure(nameof(ChipCluster.Announced), "", record.Announced));

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

    private static ClusterMetric Stored(string property, string unit, BetterWhen betterWhen,
        Func<ClusterRecord, Fact<double>?> fact) =>
        new(property, unit, betterWhen, fact, r => fact(r)?.Candidates.ToArray() ?? Array.Empty<double>());

    // Derived: every power value over every compute value the sources give.
    private static IReadOnlyList<double> WattsPerTflop(ClusterRecord r) =>
        r.PowerKW is null || r.Bf16DensePflops is null
            ? Array.Empty<double>()
            : r.PowerKW.Candidates.SelectMany(kw => r.Bf16DensePflops.Candidates.Select(pf => kw / pf)).ToArray();
}
