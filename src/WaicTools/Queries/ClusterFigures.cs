using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using WaicTools.Data;
using WaicTools.Model;

namespace WaicTools.Queries;

/// <summary>
/// A system's figures as the cmdlets show and compare them. A published system figure always comes first; where a
/// system figure declared as chip count x chip figure (<see cref="Field.PerChip"/>) is not published but the chip's is,
/// the figure is derived: the count times the chip's value (each alternative of the chip's figure times the count, too),
/// graded <see cref="Confidence.Derived"/>, with the sources of both inputs and a note that names them. Never across
/// precisions: an FP8 system figure is derived only from the chip's FP8 figure.
/// </summary>
internal static class ClusterFigures
{
    /// <summary>The published figure of <paramref name="field"/>, else the derived one, else null.</summary>
    public static Fact<double>? Of(Dataset dataset, ClusterRecord cluster, Field field) =>
        (Fact<double>?)field.Get(cluster) ?? Derived(dataset, cluster, field);

    /// <summary>The derived figure of <paramref name="field"/>; null when it is published or an input is unknown.</summary>
    public static Fact<double>? Derived(Dataset dataset, ClusterRecord cluster, Field field)
    {
        if (field.PerChip is not { } perChip || field.Get(cluster) is not null
            || cluster.ChipId is null || cluster.ChipCount is not { } count)
        {
            return null;
        }

        var chip = dataset.Chip(cluster.ChipId);
        if ((Fact<double>?)RecordSchemas.Chips[perChip.ChipField].Get(chip) is not { } perPackage)
        {
            return null;
        }

        // In decimal, so 9,216 x 7.37 TB/s is 67,921.92 and not 67,921.920000000006.
        double Times(double chips, double value) => (double)((decimal)value * (decimal)chips * (decimal)perChip.Scale);
        var unit = RecordSchemas.Chips[perChip.ChipField].Unit;
        var value = Times(count.Value, perPackage.Value);
        var sources = Union(count.Sources, perPackage.Sources);

        // Every other value the sources allow: each other chip figure, each other count, and each pair of them.
        var alternatives = new List<Alternative<double>>();
        void Add(double chips, IReadOnlyList<string> chipsFrom, double each, IReadOnlyList<string> eachFrom, Confidence? own = null) =>
            alternatives.Add(new Alternative<double>(Times(chips, each), Union(chipsFrom, eachFrom),
                string.Format(CultureInfo.InvariantCulture, "{0} chips x {1} {2}.", chips, each, unit), own));
        foreach (var a in perPackage.Alternatives)
        {
            Add(count.Value, count.Sources, a.Value, a.Sources, a.Confidence);
        }

        foreach (var c in count.Alternatives)
        {
            Add(c.Value, c.Sources, perPackage.Value, perPackage.Sources);
            foreach (var a in perPackage.Alternatives)
            {
                Add(c.Value, c.Sources, a.Value, a.Sources);
            }
        }

        var note = string.Format(CultureInfo.InvariantCulture,
            "Derived, not published: {0} chips x {1} {2} ({3} {4}) = {5} {6}; sources {7}.",
            count.Value, perPackage.Value, unit, chip.Name, perChip.ChipField, Round(value), field.Unit, string.Join(", ", sources));
        if (alternatives.Count > 0)
        {
            note += " Other sources give " + string.Join("; ", alternatives.Select(a => string.Format(
                CultureInfo.InvariantCulture, "{0} {1} ({2})", Round(a.Value), field.Unit, string.Join(", ", a.Sources)))) + ".";
        }

        return new Fact<double>(value, sources, Confidence.Derived, Basis.Calculated, note, alternatives);
    }

    /// <summary>The derived figures of a system, each with its field, in table order.</summary>
    public static IEnumerable<(Field Field, Fact<double> Fact)> AllDerived(Dataset dataset, ClusterRecord cluster) =>
        RecordSchemas.Clusters.PerChipFigures
            .Select(f => (Field: f, Fact: Derived(dataset, cluster, f)))
            .Where(d => d.Fact is not null)
            .Select(d => (d.Field, d.Fact!));

    /// <summary>"HbmBandwidthTBps: 936 TB/s (S216, S217); 864 TB/s (...)" for each derived figure the sources dispute.</summary>
    public static string? DerivedAlternatives(IEnumerable<(Field Field, Fact<double> Fact)> derived)
    {
        var lines = derived.Where(d => d.Fact.HasAlternatives)
            .Select(d => d.Field.Property + ": " + FactText.Values(d.Fact, d.Field.Unit)).ToArray();
        return lines.Length == 0 ? null : string.Join(" | ", lines);
    }

    /// <summary>The sources behind the derived figures of a system, alternatives included.</summary>
    public static IEnumerable<string> DerivedSources(IEnumerable<(Field Field, Fact<double> Fact)> derived) =>
        derived.SelectMany(d => d.Fact.Sources.Concat(d.Fact.AlternativeSources.SelectMany(s => s)));

    /// <summary>
    /// Each figure of the system that is derived, with its inputs, one per line ("Bf16DensePflops: ..."); null when none is.
    /// </summary>
    public static string? DerivedText(IEnumerable<(Field Field, Fact<double> Fact)> derived)
    {
        var lines = derived.Select(d => d.Field.Property + ": " + d.Fact.Note).ToArray();
        return lines.Length == 0 ? null : string.Join("\n", lines);
    }

    /// <summary>
    /// Whether a compute figure of the system is dense: the system's sparsity field for a published figure (the field
    /// the table pairs with it), the chip's for a derived one.
    /// </summary>
    public static Sparsity? SparsityOf(Dataset dataset, ClusterRecord cluster, Field figure)
    {
        var sparsity = RecordSchemas.Clusters.ComputeFigures.Single(c => c.Figure == figure).Sparsity;
        if (figure.Get(cluster) is not null || Derived(dataset, cluster, figure) is null)
        {
            return (Sparsity?)sparsity.Get(cluster);
        }

        var chipSparsity = RecordSchemas.Chips.ComputeFigures.Single(c => c.Figure.Json == figure.PerChip!.Value.ChipField).Sparsity;
        return (Sparsity?)chipSparsity.Get(dataset.Chip(cluster.ChipId!));
    }

    private static string Round(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static IReadOnlyList<string> Union(IReadOnlyList<string> first, IReadOnlyList<string> second) =>
        first.Concat(second).Distinct(StringComparer.Ordinal).ToArray();
}
