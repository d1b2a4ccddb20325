using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

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
        List<string>? lines = null;
        foreach (var (path, fact) in record.Figures())
        {
            if (fact.HasAlternatives)
            {
                var field = record.Schema.Figure(path);
                (lines ??= new List<string>()).Add((field?.Property ?? path) + ": " + Values(fact, field?.Unit ?? ""));
            }
        }

        return lines is null ? null : string.Join(" | ", lines);
    }

    /// <summary>"559 kW (S10, S12, S13); 600 kW (S9)": the primary value first, then each alternative.</summary>
    public static string Values(IFact fact, string unit)
    {
        var text = new StringBuilder();
        var alternatives = fact.AlternativeSources;
        Append(text, fact, -1, fact.Sources, unit);
        for (var i = 0; i < alternatives.Count; i++)
        {
            text.Append("; ");
            Append(text, fact, i, alternatives[i], unit);
        }

        return text.ToString();
    }

    // One value (the primary one for -1, else alternative i) with its sources.
    private static void Append(StringBuilder text, IFact fact, int alternative, IReadOnlyList<string> sources, string unit)
    {
        text.Append(fact switch
        {
            Fact<double> number => Number(alternative < 0 ? number.Value : number.Alternatives[alternative].Value, unit),
            Fact<DateTime> date => (alternative < 0 ? date.Value : date.Alternatives[alternative].Value)
                .ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            _ => throw new ArgumentException("Unknown kind of figure.", nameof(fact)),
        });
        text.Append(" (").Append(string.Join(", ", sources));
        if (alternative >= 0 && fact.AlternativeConfidence[alternative] is { } own && own != fact.Confidence)
        {
            text.Append("; ").Append(own).Append(" confidence");
        }

        text.Append(')');
    }

    public static string Number(double value, string unit) =>
        value.ToString("0.###", CultureInfo.InvariantCulture) + (unit.Length == 0 ? "" : " " + unit);
}
