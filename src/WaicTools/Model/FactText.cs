using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace WaicTools.Model;

/// <summary>
/// Writes where sources disagree as one short line, such as
/// "PowerKW: 559 kW (S10, S12, S13); 600 kW (S9)". Numbers are written invariantly: the text is data
/// that travels in CSV files, not a rounded display.
/// </summary>
internal static class FactText
{
    /// <summary>
    /// Every figure of the record whose sources disagree, named by its output property with its unit, joined with
    /// " | "; null when every figure has one value. All declared figures take part, compared or not.
    /// </summary>
    public static string? Alternatives(Record record)
    {
        var lines = record.Figures()
            .Where(f => f.Fact.HasAlternatives)
            .Select(f => (Field: record.Schema.Figure(f.Field), f.Fact, Path: f.Field))
            .Select(f => (f.Field?.Property ?? f.Path) + ": " + Values(f.Fact, f.Field?.Unit ?? ""))
            .ToArray();
        return lines.Length == 0 ? null : string.Join(" | ", lines);
    }

    /// <summary>"559 kW (S10, S12, S13); 600 kW (S9)": the primary value first, then each alternative.</summary>
    public static string Values(IFact fact, string unit)
    {
        var values = fact switch
        {
            Fact<double> number => number.Candidates.Select(v => Number(v, unit)),
            Fact<DateTime> date => date.Candidates.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            _ => throw new ArgumentException("Unknown kind of figure.", nameof(fact)),
        };
        var sources = new[] { fact.Sources }.Concat(fact.AlternativeSources);
        return string.Join("; ", values.Zip(sources, (v, s) => v + " (" + string.Join(", ", s) + ")"));
    }

    public static string Number(double value, string unit) =>
        value.ToString("0.###", CultureInfo.InvariantCulture) + (unit.Length == 0 ? "" : " " + unit);
}
