using WaicTools.Model;
using WaicTools.Queries;

namespace WaicTools;

/// <summary>
/// One compared metric of two chips, as emitted by <c>Compare-Chip</c>: the same columns as a
/// <see cref="ClusterComparison"/>, per package rather than per system, and without published claims (the dataset
/// holds those for systems).
/// </summary>
public sealed class ChipComparison
{
    private readonly MetricComparison _row;

    /// <summary>The row the comparer computed, for the queries a piped comparison starts.</summary>
    internal MetricComparison Row => _row;

    internal ChipComparison(MetricComparison row)
    {
        _row = row;
        Sources = new TextList(row.Sources);
    }

    /// <summary>Name of the reference chip.</summary>
    public string Reference => _row.Reference.Name;

    /// <summary>Name of the chip compared with the reference.</summary>
    public string Difference => _row.Difference.Name;

    /// <summary>The <see cref="Chip"/> property compared.</summary>
    public string Property => _row.Metric.Property;

    /// <summary>Unit of both values.</summary>
    public string Unit => _row.Metric.Unit;

    /// <summary>The reference chip's primary value; empty when unknown.</summary>
    public double? ReferenceValue => _row.ReferenceValue;

    /// <summary>The other chip's primary value; empty when unknown.</summary>
    public double? DifferenceValue => _row.DifferenceValue;

    /// <summary>ReferenceValue / DifferenceValue; empty when either is unknown.</summary>
    public double? Ratio => _row.Ratio;

    /// <summary>The lowest ratio that the values of all sources allow; equals Ratio when no source disagrees.</summary>
    public double? RatioLow => _row.RatioLow;

    /// <summary>The highest ratio that the values of all sources allow.</summary>
    public double? RatioHigh => _row.RatioHigh;

    /// <summary>Whether a higher or a lower value is better for this metric, or neither (DiesPerPackage).</summary>
    public BetterWhen BetterWhen => _row.Metric.BetterWhen;

    /// <summary>Which side has the better value: Reference, Difference or Equal; empty when a value is unknown.</summary>
    public BetterSide? Better => _row.Better;

    /// <summary>
    /// The name of the chip that leads on this metric, or Equal; empty when a value is unknown, when neither direction
    /// is better, and when the values other sources give could reverse the order.
    /// </summary>
    public string? Leader => _row.Leader;

    /// <summary>
    /// Why the row may mislead, worked out from the data, one reason per line: the compute bases differ (dense against
    /// a peak whose sparsity basis is not stated), a value is of low confidence, the sources disagree on who leads, or
    /// the two chips give compute only at different precisions.
    /// </summary>
    public string? Caveats => _row.Caveats;

    /// <summary>True when sources disagree on either side's value.</summary>
    public bool HasAlternatives => Alternatives is not null;

    /// <summary>Where sources disagree: each side's values with their sources.</summary>
    public string? Alternatives => _row.Alternatives;

    /// <summary>Source ids behind both values of this row; <c>Get-Citation</c> resolves them.</summary>
    public TextList Sources { get; }
}
