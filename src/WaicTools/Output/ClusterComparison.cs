using WaicTools.Model;
using WaicTools.Queries;

namespace WaicTools;

/// <summary>One compared metric of two cluster systems, as emitted by <c>Compare-Cluster</c>.</summary>
public sealed class ClusterComparison
{
    internal ClusterComparison(MetricComparison row)
    {
        Sources = new TextList(row.Sources);
        Reference = row.Reference.Name;
        Difference = row.Difference.Name;
        Property = row.Metric.Property;
        Unit = row.Metric.Unit;
        ReferenceValue = row.ReferenceValue;
        DifferenceValue = row.DifferenceValue;
        Ratio = row.Ratio;
        RatioLow = row.RatioLow;
        RatioHigh = row.RatioHigh;
        BetterWhen = row.Metric.BetterWhen;
        Better = row.Better;
        Alternatives = row.Alternatives;
    }

    /// <summary>Name of the reference system.</summary>
    public string Reference { get; }

    /// <summary>Name of the system compared with the reference.</summary>
    public string Difference { get; }

    /// <summary>The <see cref="ChipCluster"/> property compared.</summary>
    public string Property { get; }

    /// <summary>Unit of both values.</summary>
    public string Unit { get; }

    /// <summary>The reference system's primary value; empty when unknown.</summary>
    public double? ReferenceValue { get; }

    /// <summary>The other system's primary value; empty when unknown.</summary>
    public double? DifferenceValue { get; }

    /// <summary>ReferenceValue / DifferenceValue; empty when either is unknown.</summary>
    public double? Ratio { get; }

    /// <summary>The lowest ratio that the values of all sources allow; equals Ratio when no source disagrees.</summary>
    public double? RatioLow { get; }

    /// <summary>The highest ratio that the values of all sources allow.</summary>
    public double? RatioHigh { get; }

    /// <summary>Whether a higher or a lower value is better for this metric, or neither.</summary>
    public BetterWhen BetterWhen { get; }

    /// <summary>
    /// Which side has the better value: Reference, Difference or Equal. Empty when a value is unknown,
    /// and for metrics where neither direction is better (such as ChipCount) unless the values are equal.
    /// </summary>
    public BetterSide? Better { get; }

    /// <summary>True when sources disagree on either side's value.</summary>
    public bool HasAlternatives => Alternatives is not null;

    /// <summary>Where sources disagree: each side's values with their sources.</summary>
    public string? Alternatives { get; }

    /// <summary>Source ids behind both values of this row; <c>Get-Citation</c> resolves them.</summary>
    public TextList Sources { get; }
}
