using System;
using System.Collections.Generic;
using System.Linq;
using WaicTools.Data;
using WaicTools.Model;

namespace WaicTools.Queries;

/// <summary>One compared metric of two systems or two chips: what the rows of Compare-Cluster and Compare-Chip show.</summary>
internal sealed class MetricComparison
{
    public MetricComparison(Side reference, Side difference, Metric metric,
        double? referenceValue, double? differenceValue, double? ratioLow, double? ratioHigh, BetterSide? better,
        string? alternatives, IReadOnlyList<string> sources, string? leader, string? caveats,
        IReadOnlyList<PublishedRatio> published)
    {
        Published = published;
        Leader = leader;
        Caveats = caveats;
        ReferenceSystem = reference;
        DifferenceSystem = difference;
        Metric = metric;
        ReferenceValue = referenceValue;
        DifferenceValue = differenceValue;
        RatioLow = ratioLow;
        RatioHigh = ratioHigh;
        Better = better;
        Alternatives = alternatives;
        Sources = sources;
    }

    /// <summary>Each side with the dataset it was read from, where the figures behind the row are found.</summary>
    public Side ReferenceSystem { get; }
    public Side DifferenceSystem { get; }
    public Record Reference => ReferenceSystem.Record;
    public Record Difference => DifferenceSystem.Record;
    public Metric Metric { get; }
    public double? ReferenceValue { get; }
    public double? DifferenceValue { get; }

    /// <summary>ReferenceValue / DifferenceValue; null when either is unknown or the divisor is zero.</summary>
    public double? Ratio => Comparer.Ratio(ReferenceValue, DifferenceValue);

    public double? RatioLow { get; }
    public double? RatioHigh { get; }
    public BetterSide? Better { get; }
    public string? Alternatives { get; }

    /// <summary>The name of the system that leads on the metric, "Equal", or null (unknown, no direction, or disputed).</summary>
    public string? Leader { get; }

    /// <summary>Why the row may mislead, from the data: one reason per line; null when none applies.</summary>
    public string? Caveats { get; }

    /// <summary>The source ids behind both values and any published claim, each once, in number order.</summary>
    public IReadOnlyList<string> Sources { get; }

    /// <summary>The ratios sources published for this pair and metric, in the order the data lists them.</summary>
    public IReadOnlyList<PublishedRatio> Published { get; }
}

/// <summary>A published claim as a comparison row reads it: in the row's direction, reference over difference.</summary>
internal readonly struct PublishedRatio
{
    public PublishedRatio(ClaimRecord claim, bool inverted)
    {
        Claim = claim;
        Inverted = inverted;
    }

    public ClaimRecord Claim { get; }

    /// <summary>True when the claim is of the row's difference system over its reference, so the row shows 1 / ratio.</summary>
    public bool Inverted { get; }

    /// <summary>The published ratio, reference over difference.</summary>
    public double Ratio => Inverted ? 1 / Claim.Ratio.Value : Claim.Ratio.Value;
}

/// <summary>A compared record (a system or a chip) with the dataset it was read from, where a system's chip and its figures are found.</summary>
internal readonly struct Side
{
    public Side(Dataset data, Record record)
    {
        Data = data;
        Record = record;
    }

    public Dataset Data { get; }
    public Record Record { get; }
}

/// <summary>The arithmetic of Compare-Cluster and Compare-Chip: one row per metric, ratio = reference / difference.</summary>
internal static class Comparer
{
    // Figures are stored with at most a few significant digits; anything closer than this is the same value.
    private const double RelativeTolerance = 1e-9;

    public static IEnumerable<MetricComparison> Compare(Dataset dataset, Record reference, Record difference,
        IReadOnlyList<Metric> metrics) =>
        metrics.Select(m => Compare(new Side(dataset, reference), new Side(dataset, difference), m));

    /// <summary>Two systems, each read in the dataset it came from (a piped object may come from before an import).</summary>
    public static IEnumerable<MetricComparison> Compare(Side reference, Side difference, IReadOnlyList<Metric> metrics) =>
        metrics.Select(m => Compare(reference, difference, m));

    public static MetricComparison Compare(Dataset dataset, Record reference, Record difference, Metric metric) =>
        Compare(new Side(dataset, reference), new Side(dataset, difference), metric);

    public static MetricComparison Compare(Side referenceSystem, Side differenceSystem, Metric metric)
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

        var better = Better(leftValue, rightValue, metric.BetterWhen);
        var disputed = better is BetterSide.Reference or BetterSide.Difference && low < 1 && high > 1;
        var leader = disputed ? null : better switch
        {
            BetterSide.Reference => reference.Name,
            BetterSide.Difference => difference.Name,
            BetterSide.Equal => "Equal",
            _ => null,
        };
        // Claims are about systems, and come from the dataset the reference was read in; both sides are matched by id.
        var published = metric.Kind == RecordSchemas.Clusters
            ? referenceSystem.Data.ClaimsBetween(reference.Id, difference.Id, metric.Property)
                .Select(c => new PublishedRatio(c, inverted: c.SystemId != reference.Id))
                .ToArray()
            : Array.Empty<PublishedRatio>();
        var caveats = Caveats(referenceSystem, differenceSystem, metric, leftValue, rightValue, disputed);
        if (Differs(published, Ratio(leftValue, rightValue)) is { } differs)
        {
            caveats = caveats is null ? differs : caveats + "\n" + differs;
        }

        return new MetricComparison(referenceSystem, differenceSystem, metric, leftValue, rightValue, low, high,
            better, Alternatives(referenceSystem, differenceSystem, metric),
            SourceIdOrder.Sort(metric.SourcesOf(referenceSystem.Data, reference)
                .Concat(metric.SourcesOf(differenceSystem.Data, difference))
                .Concat(published.SelectMany(p => p.Claim.AllSourceIds()))).ToArray(),
            leader, caveats, published);
    }

    // Beyond this, a published ratio and the one the dataset's figures give are not the same claim rounded.
    private const double PublishedTolerance = 0.10;

    // "Published ratio differs: Huawei gives 15x, the dataset's figures give 57x. <how the source compared>", for the
    // first claim only: the one the row shows as PublishedRatio.
    private static string? Differs(IReadOnlyList<PublishedRatio> published, double? ratio)
    {
        if (published.Count == 0 || ratio is not double recomputed || recomputed <= 0)
        {
            return null;
        }

        var first = published[0];
        if (Math.Abs(first.Ratio / recomputed - 1) <= PublishedTolerance)
        {
            return null;
        }

        var text = Format("Published ratio differs: {0} gives {1}x, the dataset's figures give {2}x.", first.Claim.PublishedBy,
            Rounded(first.Ratio), Rounded(recomputed));
        return first.Claim.Notes is { } notes ? text + " " + notes : text;
    }

    private static string Rounded(double ratio) =>
        ratio.ToString(ratio >= 10 ? "0.#" : ratio >= 1 ? "0.##" : "0.###", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// "SemiAnalysis: CloudMatrix 384 / GB200 NVL72 = 3.9 (S10, S12, S13); 4.1 (S9)", each claim in the direction its
    /// source gave it, joined by " | "; null when none was published.
    /// </summary>
    internal static string? PublishedText(Dataset dataset, IReadOnlyList<PublishedRatio> published) =>
        published.Count == 0
            ? null
            : string.Join(" | ", published.Select(p => p.Claim.PublishedBy + ": " +
                dataset.ById(RecordSchemas.Clusters, p.Claim.SystemId).Name + " / " +
                dataset.ById(RecordSchemas.Clusters, p.Claim.AgainstId).Name + " = " +
                FactText.Values(p.Claim.Ratio, "")));

    // The reasons a row may mislead, each worked out from the data, never typed per pair.
    private static string? Caveats(Side reference, Side difference, Metric metric, double? left, double? right,
        bool disputed)
    {
        var caveats = new List<string>();
        var sides = new[] { reference, difference };
        if (disputed)
        {
            caveats.Add("Sources disagree on which system leads: the range of ratios includes 1.");
        }

        if (left is not null && right is not null && reference.Record is ClusterRecord { Status: var status } &&
            difference.Record is ClusterRecord { Status: var otherStatus } && status != otherStatus)
        {
            caveats.Add(Format("Status differs: {0} is {1}, {2} {3}.", reference.Record.Name, status,
                difference.Record.Name, otherStatus));
        }

        // Dense against a peak whose sparsity basis is not stated, for the compute behind the row (for watts per
        // TFLOP, the BF16 compute it divides by).
        var compute = metric.Field.Json.Contains("Dense") ? metric.Field
            : metric.IsComputed ? metric.Inputs(reference.Data, reference.Record).Select(i => i.Field)
                .FirstOrDefault(f => f.Json.Contains("Dense"))
            : null;
        if (compute is not null && left is not null && right is not null)
        {
            var bases = sides.Select(s => SparsityOf(s, compute)).ToArray();
            if (bases[0] != bases[1])
            {
                caveats.Add(Format("Compute basis differs: {0} {1}, {2} {3}.", reference.Record.Name, bases[0]?.ToString() ?? "unknown",
                    difference.Record.Name, bases[1]?.ToString() ?? "unknown"));
            }
        }

        foreach (var side in sides.GroupBy(s => s.Record.Id).Select(g => g.First()))
        {
            var inputs = metric.Inputs(side.Data, side.Record).ToArray();
            var derived = inputs.Where(i => i.Fact.Confidence == Confidence.Derived).Select(i => i.Field.Property).ToArray();
            if (derived.Length > 0)
            {
                caveats.Add(Format("{0}: {1} derived as chip count x the chip's figure, not published.", side.Record.Name,
                    string.Join(" and ", derived)));
            }

            var low = inputs.Where(i => i.Fact.Confidence == Confidence.Low).Select(i => i.Field.Property).ToArray();
            if (low.Length > 0)
            {
                caveats.Add(Format("{0}: {1} of low confidence.", side.Record.Name, string.Join(" and ", low)));
            }
        }

        // The system scope: how much of a counted whole (16 racks) is a part the table declares (4 switch racks), for
        // each side where a source says.
        foreach (var part in metric.Kind.Fields.Where(f => f.Part is { } p && p.Whole == metric.Field.Json))
        {
            foreach (var side in sides.GroupBy(s => s.Record.Id).Select(g => g.First()))
            {
                if (part.Get(side.Record) is Fact<double> count && metric.Value(side.Data, side.Record) is double whole)
                {
                    caveats.Add(Format("System scope: {0}'s {1} {2} include {3} {4}.", side.Record.Name, whole, metric.Unit, count.Value,
                        part.Part!.Value.What));
                }
            }
        }

        // A compute row with one side unknown, where both sides do give compute, only at other precisions.
        if (metric.Field.Json.Contains("Dense") && (left is null) != (right is null))
        {
            var precisions = sides.Select(s => metric.Kind.ComputeFigures
                .Where(c => ComputedFigures.Of(s.Data, s.Record, c.Figure) is not null)
                .Select(c => c.Figure.Json.Substring(0, c.Figure.Json.IndexOf("Dense", StringComparison.Ordinal)).ToUpperInvariant())
                .ToArray()).ToArray();
            if (precisions[0].Length > 0 && precisions[1].Length > 0 && !precisions[0].Intersect(precisions[1]).Any())
            {
                caveats.Add(Format("No common precision: {0} gives {1}, {2} gives {3}.", reference.Record.Name,
                    string.Join(" and ", precisions[0]), difference.Record.Name, string.Join(" and ", precisions[1])));
            }
        }

        return caveats.Count == 0 ? null : string.Join("\n", caveats);
    }

    // Whether a compute figure is dense: for a system, as ClusterFigures works it out (the chip's basis for a derived
    // figure); for a chip, the field its table pairs with the figure.
    private static Sparsity? SparsityOf(Side side, Field figure) =>
        side.Record is ClusterRecord cluster
            ? ClusterFigures.SparsityOf(side.Data, cluster, figure)
            : (Sparsity?)side.Record.Schema.ComputeFigures.Single(c => c.Figure == figure).Sparsity.Get(side.Record);

    private static string Format(string format, params object?[] args) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, format, args);

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
    private static string? Alternatives(Side reference, Side difference, Metric metric)
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

    // A computed metric's alternatives carry the sources of both its inputs, like a stored figure's.
    private static string? Describe(Dataset dataset, Record record, Metric metric) =>
        metric.Fact(dataset, record) is { HasAlternatives: true } fact ? FactText.Values(fact, metric.Unit) : null;
}
