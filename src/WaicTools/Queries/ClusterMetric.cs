using System;
using System.Collections.Generic;
using System.Linq;
using WaicTools.Data;
using WaicTools.Model;

namespace WaicTools.Queries;

/// <summary>A compared field of the cluster table: a property of ChipCluster that Compare-Cluster can compare.</summary>
internal sealed class ClusterMetric
{
    private ClusterMetric(Field field)
    {
        Field = field;
    }

    /// <summary>The field of the cluster table the metric compares.</summary>
    public Field Field { get; }

    public string Property => Field.Property!;

    /// <summary>Whether the metric is computed from other figures (WattsPerTflop) rather than a figure of its own.</summary>
    public bool IsComputed => Field.Type == FieldType.Derived;

    /// <summary>
    /// The figures the metric's value rests on for one system: its own figure, or for WattsPerTflop the power and the
    /// BF16 compute; unknown ones left out.
    /// </summary>
    public IEnumerable<(Field Field, Fact<double> Fact)> Inputs(Dataset dataset, ClusterRecord record) =>
        IsComputed
            ? ComputedFigures.InputsOf(dataset, record, Field).Select(i => (i.Field, i.Fact))
            : Fact(dataset, record) is { } fact ? new[] { (Field, fact) } : Array.Empty<(Field, Fact<double>)>();

    public string Unit => Field.Unit;
    public BetterWhen BetterWhen => Field.BetterWhenOrNone;

    /// <summary>
    /// The figure as Get-ChipCluster shows it: the published one, else chip count x the chip's figure
    /// (<see cref="ClusterFigures"/>), or for a computed metric its value with the sources of its inputs
    /// (<see cref="ComputedFigures"/>); null when unknown.
    /// </summary>
    public Fact<double>? Fact(Dataset dataset, ClusterRecord record) =>
        (Fact<double>?)ComputedFigures.Of(dataset, record, Field);

    /// <summary>Every value the sources allow: the primary value first, then the alternatives; empty when unknown.</summary>
    public IReadOnlyList<double> Candidates(Dataset dataset, ClusterRecord record) =>
        Fact(dataset, record)?.Candidates.ToArray() ?? Array.Empty<double>();

    public double? Value(Dataset dataset, ClusterRecord record) => Fact(dataset, record)?.Value;

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
        _ = field.Property ?? throw new InvalidOperationException($"The compared field '{field}' has no output property.");
        if (field.Type != FieldType.NumberFigure && !ComputedFigures.IsComputed(RecordSchemas.Clusters, field))
        {
            throw new InvalidOperationException($"No computation is known for the derived metric '{field.Property}'.");
        }

        return new ClusterMetric(field);
    }
}
