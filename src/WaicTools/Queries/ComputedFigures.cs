using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using WaicTools.Data;
using WaicTools.Model;

namespace WaicTools.Queries;

/// <summary>A figure some other figure is computed from: the record it belongs to, its field and its value.</summary>
internal readonly struct FigureInput
{
    public FigureInput(Record record, Field field, Fact<double> fact)
    {
        Record = record;
        Field = field;
        Fact = fact;
    }

    public Record Record { get; }
    public Field Field { get; }
    public Fact<double> Fact { get; }

    /// <summary>"CloudMatrix 384 PowerKW 559 kW (S10, S12)".</summary>
    public override string ToString() =>
        Record.Name + " " + Field.Property + " " + FactText.Number(Fact.Value, Field.Unit) + " (" + string.Join(", ", Fact.Sources) + ")";
}

/// <summary>
/// Every figure a record shows, whatever its origin: stored in the files, derived as chip count x the chip's figure
/// (<see cref="ClusterFigures"/>), or computed from other figures (a system's watts per TFLOP, an alliance's member
/// count), each graded and sourced like a stored one, so every number a cmdlet prints can be traced.
/// </summary>
internal static class ComputedFigures
{
    private static readonly Field PowerKW = RecordSchemas.Clusters["powerKW"];
    private static readonly Field Bf16 = RecordSchemas.Clusters["bf16DensePflops"];

    /// <summary>
    /// The figure a field of the record shows: stored, derived or computed; null when unknown, or when the field is no
    /// figure. <paramref name="item"/> is the record, or the nested object a nested field belongs to.
    /// </summary>
    public static IFact? Of(Dataset dataset, Record record, Field field, object? item = null)
    {
        item ??= record;
        if (field.IsFigure)
        {
            return record is ClusterRecord cluster && field.PerChip is not null && item == record
                ? ClusterFigures.Of(dataset, cluster, field)
                : field.Get(item) as IFact;
        }

        return (record, field.Property) switch
        {
            (ClusterRecord cluster, "WattsPerTflop") => WattsPerTflop(dataset, cluster),
            (AllianceRecord alliance, "MemberCount") => MemberCount(alliance),
            _ => null,
        };
    }

    /// <summary>Whether a field's value is worked out here rather than stored (so a record's figures include it).</summary>
    public static bool IsComputed(RecordSchema kind, Field field) =>
        field.Type == FieldType.Derived && (kind, field.Property) is ({ Section: "clusters" }, "WattsPerTflop") or ({ Section: "alliances" }, "MemberCount");

    /// <summary>
    /// The figures a derived or computed figure rests on, in the order of its formula; empty for a stored one.
    /// </summary>
    public static IReadOnlyList<FigureInput> InputsOf(Dataset dataset, Record record, Field field)
    {
        if (record is not ClusterRecord cluster)
        {
            return Array.Empty<FigureInput>();
        }

        if (field.Property == "WattsPerTflop")
        {
            return new[] { PowerKW, Bf16 }
                .Select(f => (Field: f, Fact: ClusterFigures.Of(dataset, cluster, f)))
                .Where(i => i.Fact is not null)
                .Select(i => new FigureInput(cluster, i.Field, i.Fact!))
                .ToArray();
        }

        if (field.PerChip is not { } perChip || ClusterFigures.Derived(dataset, cluster, field) is null)
        {
            return Array.Empty<FigureInput>();
        }

        var chip = dataset.Chip(cluster.ChipId!);
        var chipField = RecordSchemas.Chips[perChip.ChipField];
        return new[]
        {
            new FigureInput(cluster, RecordSchemas.Clusters["chipCount"], cluster.ChipCount!),
            new FigureInput(chip, chipField, (Fact<double>)chipField.Get(chip)!),
        };
    }

    /// <summary>
    /// Watts per dense BF16 TFLOP/s: power over BF16 compute (published or derived). Each other value the sources allow
    /// (another power figure, another compute figure, or both) is an alternative with the sources of its two inputs;
    /// pairs that give the same value are one alternative.
    /// </summary>
    public static Fact<double>? WattsPerTflop(Dataset dataset, ClusterRecord cluster)
    {
        if (cluster.PowerKW is not { } power || ClusterFigures.Of(dataset, cluster, Bf16) is not { } compute)
        {
            return null;
        }

        var powers = Values(power);
        var computes = Values(compute);
        var (kw, pf) = (powers[0], computes[0]);
        var value = kw.Value / pf.Value;
        var alternatives = new List<Alternative<double>>();
        foreach (var p in powers)
        {
            foreach (var c in computes)
            {
                var w = p.Value / c.Value;
                if ((p.Sources == kw.Sources && c.Sources == pf.Sources) || Same(w, value))
                {
                    continue;
                }

                var sources = SourceIdOrder.Sort(p.Sources.Concat(c.Sources)).ToArray();
                var same = alternatives.FindIndex(a => Same(a.Value, w));
                if (same >= 0)
                {
                    var merged = SourceIdOrder.Sort(alternatives[same].Sources.Concat(sources)).ToArray();
                    alternatives[same] = new Alternative<double>(alternatives[same].Value, merged, alternatives[same].Note);
                }
                else
                {
                    alternatives.Add(new Alternative<double>(w, sources, Ratio(p.Value, c.Value)));
                }
            }
        }

        var inputs = SourceIdOrder.Sort(kw.Sources.Concat(pf.Sources)).ToArray();
        var note = "Computed: PowerKW / Bf16DensePflops = " + Ratio(kw.Value, pf.Value)
                   + (compute.Confidence == Confidence.Derived ? " The compute is itself derived (see DerivedFigures)." : "");
        return new Fact<double>(value, inputs, Confidence.Derived, Basis.Calculated, note, alternatives);
    }

    // The number of members listed; the sources are those of each membership.
    private static Fact<double> MemberCount(AllianceRecord alliance)
    {
        var sources = SourceIdOrder.Sort(alliance.Members.SelectMany(m => m.Sources)).ToArray();
        var note = alliance.MemberListComplete
            ? "Counted from the member list, which the sources publish in full."
            : "Counted from the members the sources name; they do not publish the full list.";
        return new Fact<double>(alliance.Members.Count, sources, Confidence.Derived, Basis.Calculated, note, Fact<double>.NoAlternatives);
    }

    private static (double Value, IReadOnlyList<string> Sources)[] Values(Fact<double> fact) =>
        new[] { (fact.Value, fact.Sources) }.Concat(fact.Alternatives.Select(a => (a.Value, a.Sources))).ToArray();

    private static string Ratio(double kw, double pflops) => string.Format(CultureInfo.InvariantCulture,
        "{0} kW / {1} PFLOPS.", FactText.Number(kw, ""), FactText.Number(pflops, ""));

    private static bool Same(double a, double b) => Math.Abs(a - b) <= 1e-9 * Math.Max(Math.Abs(a), Math.Abs(b));
}
