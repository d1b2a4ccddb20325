using System;
using System.Collections.Generic;
using System.Linq;
using WaicTools.Data;
using WaicTools.Model;

namespace WaicTools.Queries;

/// <summary>A compared field of the cluster table: a property of ChipCluster that Compare-Cluster can compare.</summary>
internal sealed class ClusterMetric
{
    private ClusterMetric(Field field, Func<Dataset, ClusterRecord, Fact<double>?>? fact,
        Func<Dataset, ClusterRecord, IReadOnlyList<double>> candidates)
    {
        Field = field;
        Fact = fact;
        Candidates = candidates;
    }

    /// <summary>The field of the cluster table the metric compares.</summary>
    public Field Field { get; }

    public string Property => Field.Property!;

    /// <summary>
    /// The figures the metric's value rests on for one system: its own figure, or for WattsPerTflop the power and the
    /// BF16 compute; unknown ones left out.
    /// </summary>
    public IEnumerable<(Field Field, Fact<double> Fact)> Inputs(Dataset dataset, ClusterRecord record)
    {
        var fields = Fact is not null ? new[] { Field } : new[] { RecordSchemas.Clusters["powerKW"], Bf16Field };
        foreach (var field in fields)
        {
            if (ClusterFigures.Of(dataset, record, field) is { } fact)
            {
                yield return (field, fact);
            }
        }
    }
    public string Unit => Field.Unit;
    public BetterWhen BetterWhen => Field.BetterWhenOrNone;

    /// <summary>
    /// The figure as Get-ChipCluster shows it: the published one, else chip count x the chip's figure
    /// (<see cref="ClusterFigures"/>); null for a metric computed from others (WattsPerTflop).
    /// </summary>
    public Func<Dataset, ClusterRecord, Fact<double>?>? Fact { get; }

    /// <summary>Every value the sources allow: the primary value first, then the alternatives; empty when unknown.</summary>
    public Func<Dataset, ClusterRecord, IReadOnlyList<double>> Candidates { get; }

    public double? Value(Dataset dataset, ClusterRecord record) =>
        Candidates(dataset, record) is { Count: > 0 } values ? values[0] : null;

    /// <summary>The source ids behind every value of the metric for one record (both figures for a computed one).</summary>
    public IEnumerable<string> SourcesOf(Dataset dataset, ClusterRecord record) =>
        Inputs(dataset, record).SelectMany(i => i.Fact.Sources.Concat(i.Fact.AlternativeSources.SelectMany(s => s)));

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
            Fact<double>? Fact(Dataset d, ClusterRecord r) => ClusterFigures.Of(d, r, field);
            return new ClusterMetric(field, Fact,
                (d, r) => Fact(d, r)?.Candidates.ToArray() ?? Array.Empty<double>());
        }

        // A derived metric is computed here; the table declares its name, unit and direction.
        return property switch
        {
            "WattsPerTflop" => new ClusterMetric(field, null, WattsPerTflop),
            _ => throw new InvalidOperationException($"No computation is known for the derived metric '{property}'."),
        };
    }

    private static readonly Field Bf16Field = RecordSchemas.Clusters["bf16DensePflops"];

    private static Fact<double>? Bf16(Dataset d, ClusterRecord r) => ClusterFigures.Of(d, r, Bf16Field);

    // Computed: every power value over every BF16 compute value the sources give (or the derived compute).
    private static IReadOnlyList<double> WattsPerTflop(Dataset d, ClusterRecord r) =>
        r.PowerKW is null || Bf16(d, r) is not { } compute
            ? Array.Empty<double>()
            : r.PowerKW.Candidates.SelectMany(kw => compute.Candidates.Select(pf => kw / pf)).ToArray();
}
