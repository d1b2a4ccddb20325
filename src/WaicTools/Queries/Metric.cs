using System;
using System.Collections.Generic;
using System.Linq;
using WaicTools.Data;
using WaicTools.Model;

namespace WaicTools.Queries;

/// <summary>
/// A compared field of a table: a property of ChipCluster that Compare-Cluster compares, or of Chip that Compare-Chip
/// compares.
/// </summary>
internal sealed class Metric
{
    private Metric(RecordSchema kind, Field field)
    {
        Kind = kind;
        Field = field;
    }

    /// <summary>The kind of record compared: clusters or chips.</summary>
    public RecordSchema Kind { get; }

    /// <summary>The field of the kind's table the metric compares.</summary>
    public Field Field { get; }

    public string Property => Field.Property!;

    /// <summary>Whether the metric is computed from other figures (WattsPerTflop) rather than a figure of its own.</summary>
    public bool IsComputed => Field.Type == FieldType.Derived;

    /// <summary>
    /// The figures the metric's value rests on for one system: its own figure, or for WattsPerTflop the power and the
    /// BF16 compute; unknown ones left out.
    /// </summary>
    public IEnumerable<(Field Field, Fact<double> Fact)> Inputs(Dataset dataset, Record record) =>
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
    public Fact<double>? Fact(Dataset dataset, Record record) =>
        (Fact<double>?)ComputedFigures.Of(dataset, record, Field);

    /// <summary>Every value the sources allow: the primary value first, then the alternatives; empty when unknown.</summary>
    public IReadOnlyList<double> Candidates(Dataset dataset, Record record) =>
        Fact(dataset, record)?.Candidates.ToArray() ?? Array.Empty<double>();

    public double? Value(Dataset dataset, Record record) => Fact(dataset, record)?.Value;

    /// <summary>The source ids behind every value of the metric for one record (both figures for a computed one).</summary>
    public IEnumerable<string> SourcesOf(Dataset dataset, Record record) =>
        Inputs(dataset, record).SelectMany(i => i.Fact.Sources.Concat(i.Fact.AlternativeSources.SelectMany(s => s)));

    /// <summary>Every metric of the cluster table, in the order Compare-Cluster reports them.</summary>
    public static IReadOnlyList<Metric> All { get; } = RecordSchemas.Clusters.Metrics.Select(f => FromField(RecordSchemas.Clusters, f)).ToArray();

    /// <summary>Every metric of the chip table, in the order Compare-Chip reports them.</summary>
    public static IReadOnlyList<Metric> Chips { get; } = RecordSchemas.Chips.Metrics.Select(f => FromField(RecordSchemas.Chips, f)).ToArray();

    /// <summary>The metrics of a kind that is compared (clusters or chips).</summary>
    public static IReadOnlyList<Metric> Of(RecordSchema kind) =>
        kind == RecordSchemas.Clusters ? All
        : kind == RecordSchemas.Chips ? Chips
        : throw new ArgumentException($"No cmdlet compares {kind.Section}.", nameof(kind));

    public static IEnumerable<string> Names => All.Select(m => m.Property);

    /// <summary>The names of a kind's metrics, for messages and completion.</summary>
    public static IEnumerable<string> NamesOf(RecordSchema kind) => Of(kind).Select(m => m.Property);

    /// <summary>
    /// The cluster metrics named by <paramref name="properties"/> (names or wildcards, any case), in report order.
    /// An exact name that is no metric is returned in <paramref name="unknown"/>.
    /// </summary>
    public static IReadOnlyList<Metric> Select(IReadOnlyList<string>? properties, out IReadOnlyList<string> unknown) =>
        Select(RecordSchemas.Clusters, properties, out unknown);

    /// <summary>The same, for the metrics of <paramref name="kind"/>.</summary>
    public static IReadOnlyList<Metric> Select(RecordSchema kind, IReadOnlyList<string>? properties, out IReadOnlyList<string> unknown)
    {
        var all = Of(kind);
        if (properties is null || properties.Count == 0)
        {
            unknown = Array.Empty<string>();
            return all;
        }

        var patterns = NamePattern.From(properties);
        unknown = patterns.Where(p => !p.IsWildcard && !all.Any(m => p.IsMatch(m.Property)))
            .Select(p => p.Text).ToArray();
        return all.Where(m => patterns.Any(p => p.IsMatch(m.Property))).ToArray();
    }

    private static Metric FromField(RecordSchema kind, Field field)
    {
        _ = field.Property ?? throw new InvalidOperationException($"The compared field '{field}' has no output property.");
        if (field.Type != FieldType.NumberFigure && !ComputedFigures.IsComputed(kind, field))
        {
            throw new InvalidOperationException($"No computation is known for the derived metric '{field.Property}'.");
        }

        return new Metric(kind, field);
    }
}
