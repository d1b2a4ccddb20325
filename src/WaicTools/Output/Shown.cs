using System;
using WaicTools.Model;

namespace WaicTools;

/// <summary>
/// The stored value an output property shows, found through the field that names the property in its table: an output
/// property is the only thing a new field needs besides its row (<c>public double? X => Shown.Number(_record, nameof(X))</c>).
/// </summary>
internal static class Shown
{
    public static string? Text(Record record, string property) => (string?)record.Schema.Shown(record, property);

    /// <summary>The stored value as it is (a boxed enum value, say); null when absent.</summary>
    public static object? Value(Record record, string property) => record.Schema.Shown(record, property);

    /// <summary>The primary value of a number figure; null when unknown.</summary>
    public static double? Number(Record record, string property) =>
        (record.Schema.Shown(record, property) as Fact<double>)?.Value;

    /// <summary>The primary value of a whole-number figure (a count or a year); null when unknown.</summary>
    public static int? Whole(Record record, string property) => (int?)Number(record, property);

    /// <summary>A list of texts (addresses, names); empty when none.</summary>
    public static System.Collections.Generic.IReadOnlyList<string> Texts(Record record, string property) =>
        record.Schema.Shown(record, property) as System.Collections.Generic.IReadOnlyList<string> ?? Array.Empty<string>();

    /// <summary>The primary value of a date figure; null when unknown.</summary>
    public static DateTime? Date(Record record, string property) =>
        (record.Schema.Shown(record, property) as Fact<DateTime>)?.Value;
}
