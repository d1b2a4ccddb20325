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

        double Times(double value) => value * count.Value * perChip.Scale;
        var unit = RecordSchemas.Chips[perChip.ChipField].Unit;
        var note = string.Format(CultureInfo.InvariantCulture,
            "Derived, not published: {0} chips x {1} {2} ({3} {4}) = {5} {6}; sources {7}.",
            count.Value, perPackage.Value, unit, chip.Name, perChip.ChipField, Round(Times(perPackage.Value)), field.Unit,
            string.Join(", ", Union(count.Sources, perPackage.Sources)));
        return new Fact<double>(Times(perPackage.Value), Union(count.Sources, perPackage.Sources), Confidence.Derived,
            Basis.Calculated, note,
            perPackage.Alternatives.Select(a => new Alternative<double>(Times(a.Value), Union(count.Sources, a.Sources),
                string.Format(CultureInfo.InvariantCulture, "{0} x {1} {2}.", count.Value, a.Value, unit))).ToArray());
    }

    /// <summary>
    /// Each figure of the system that is derived, with its inputs, one per line ("Bf16DensePflops: ..."); null when none is.
    /// </summary>
    public static string? DerivedText(Dataset dataset, ClusterRecord cluster)
    {
        var lines = RecordSchemas.Clusters.PerChipFigures
            .Select(f => (Field: f, Fact: Derived(dataset, cluster, f)))
            .Where(d => d.Fact is not null)
            .Select(d => d.Field.Property + ": " + d.Fact!.Note)
            .ToArray();
        return lines.Length == 0 ? null : string.Join("\n", lines);
    }

    /// <summary>Whether a figure of the system is dense: the published field's own, or the chip's for a derived figure.</summary>
    public static Sparsity? SparsityOf(Dataset dataset, ClusterRecord cluster, Field figure, Field sparsity)
    {
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
