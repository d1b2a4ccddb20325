using System;
using System.Collections.Generic;
using System.Linq;
using WaicTools.Model;

namespace WaicTools.Queries;

/// <summary>A compared field of the cluster table: a property of ChipCluster that Compare-Cluster can compare.</summary>
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

    /// <summary>Every comparable metric, in the order Compare-Cluster reports them: the compared fields of the cluster table.</summary>
    public static IReadOnlyList<ClusterMetric> All { get; } = RecordSchemas.Clusters.Metrics.Select(FromField).ToArray();

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

    private static ClusterMetric FromField(Field field)
    {
        var property = field.Property ?? throw new InvalidOperationException($"The compared field '{field}' has no output property.");
        if (field.Type == FieldType.NumberFigure)
        {
            Fact<double>? Fact(ClusterRecord r) => (Fact<double>?)field.Get(r);
            return new ClusterMetric(property, field.Unit, field.BetterWhenOrNone, Fact,
                r => Fact(r)?.Candidates.ToArray() ?? Array.Empty<double>());
        }

        // A derived metric is computed here; the table declares its name, unit and direction.
        return property switch
        {
            "WattsPerTflop" => new ClusterMetric(property, field.Unit, field.BetterWhenOrNone, null, WattsPerTflop),
            _ => throw new InvalidOperationException($"No computation is known for the derived metric '{property}'."),
        };
    }

    // Derived: every power value over every compute value the sources give.
    private static IReadOnlyList<double> WattsPerTflop(ClusterRecord r) =>
        r.PowerKW is null || r.Bf16DensePflops is null
            ? Array.Empty<double>()
            : r.PowerKW.Candidates.SelectMany(kw => r.Bf16DensePflops.Candidates.Select(pf => kw / pf)).ToArray();
}
