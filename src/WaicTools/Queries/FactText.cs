using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using WaicTools.Data;

namespace WaicTools.Queries;

/// <summary>
/// Writes where sources disagree as one short line, such as
/// "PowerKW: 559 kW (S10, S12, S13); 600 kW (S9)". Numbers are written invariantly: the text is data
/// that travels in CSV files, not a rounded display.
/// </summary>
internal static class FactText
{
    /// <summary>A figure shown in an output property, with its unit.</summary>
    internal readonly struct Figure
    {
        public Figure(string property, string unit, IFact? fact)
        {
            Property = property;
            Unit = unit;
            Fact = fact;
        }

        public string Property { get; }
        public string Unit { get; }
        public IFact? Fact { get; }
    }

    /// <summary>The disputed figures joined with " | ", or null when every figure has one value.</summary>
    public static string? Alternatives(IEnumerable<Figure> figures)
    {
        var lines = figures
            .Where(f => f.Fact is { HasAlternatives: true })
            .Select(f => f.Property + ": " + Values(f.Fact!, f.Unit))
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
