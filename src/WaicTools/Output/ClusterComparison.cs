using WaicTools.Model;
using WaicTools.Queries;

namespace WaicTools;

/// <summary>One compared metric of two cluster systems, as emitted by <c>Compare-Cluster</c>.</summary>
public sealed class ClusterComparison
{
    private readonly MetricComparison _row;

    /// <summary>The row the comparer computed, for the queries a piped comparison starts.</summary>
    internal MetricComparison Row => _row;

    /// <summary>A read-only view of one row the comparer computed.</summary>
    internal ClusterComparison(MetricComparison row)
    {
        _row = row;
        Sources = new TextList(row.Sources);
    }

    /// <summary>Name of the reference system.</summary>
    public string Reference => _row.Reference.Name;

    /// <summary>Name of the system compared with the reference.</summary>
    public string Difference => _row.Difference.Name;

    /// <summary>The <see cref="ChipCluster"/> property compared.</summary>
    public string Property => _row.Metric.Property;

    /// <summary>Unit of both values.</summary>
    public string Unit => _row.Metric.Unit;

    /// <summary>The reference system's primary value; empty when unknown.</summary>
    public double? ReferenceValue => _row.ReferenceValue;

    /// <summary>The other system's primary value; empty when unknown.</summary>
    public double? DifferenceValue => _row.DifferenceValue;

    /// <summary>ReferenceValue / DifferenceValue; empty when either is unknown.</summary>
    public double? Ratio => _row.Ratio;

    /// <summary>The lowest ratio that the values of all sources allow; equals Ratio when no source disagrees.</summary>
    public double? RatioLow => _row.RatioLow;

    /// <summary>The highest ratio that the values of all sources allow.</summary>
    public double? RatioHigh => _row.RatioHigh;

    /// <summary>
    /// The ratio a source published for this pair and metric, reference over difference (the inverse of a claim made
    /// the other way round); empty when no source in the dataset published one. Where several did, the first the data
    /// lists; <see cref="Published"/> gives them all.
    /// </summary>
    public double? PublishedRatio => _row.Published.Count > 0 ? _row.Published[0].Ratio : null;

    /// <summary>Who published <see cref="PublishedRatio"/>.</summary>
    public string? PublishedBy => _row.Published.Count > 0 ? _row.Published[0].Claim.PublishedBy : null;

    /// <summary>
    /// Every published claim for this pair and metric, each as its source put it (which system over which) with the
    /// values and sources: "SemiAnalysis: CloudMatrix 384 / GB200 NVL72 = 3.9 (S10, S12, S13); 4.1 (S9)".
    /// </summary>
    public string? Published => Comparer.PublishedText(_row.ReferenceSystem.Data, _row.Published);

    /// <summary>Whether a higher or a lower value is better for this metric, or neither.</summary>
    public BetterWhen BetterWhen => _row.Metric.BetterWhen;

    /// <summary>
    /// Which side has the better value: Reference, Difference or Equal. Empty when a value is unknown,
    /// and for metrics where neither direction is better (such as ChipCount) unless the values are equal.
    /// </summary>
    public BetterSide? Better => _row.Better;

    /// <summary>
    /// The name of the system that leads on this metric, or Equal; empty when a value is unknown, when neither
    /// direction is better (ChipCount, Racks), and when the values other sources give could reverse the order.
    /// </summary>
    public string? Leader => _row.Leader;

    /// <summary>
    /// Why the row may mislead, worked out from the data, one reason per line: the sides' statuses differ (announced
    /// against deployed), their compute bases differ (dense against a peak whose sparsity basis is not stated), a
    /// value is derived or of low confidence, the sources disagree on who leads, the two systems give compute
    /// only at different precisions, a published ratio differs from the recomputed one by more than a tenth, or the
    /// system's scope counts more than its name suggests (CloudMatrix 384's 16 racks include 4 switch racks).
    /// </summary>
    public string? Caveats => _row.Caveats;

    /// <summary>True when sources disagree on either side's value.</summary>
    public bool HasAlternatives => Alternatives is not null;

    /// <summary>Where sources disagree: each side's values with their sources.</summary>
    public string? Alternatives => _row.Alternatives;

    /// <summary>Source ids behind both values of this row; <c>Get-Citation</c> resolves them.</summary>
    public TextList Sources { get; }
}
