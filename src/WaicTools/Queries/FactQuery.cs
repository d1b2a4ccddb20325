using System;
using System.Collections.Generic;
using System.Linq;
using WaicTools.Data;
using WaicTools.Model;

namespace WaicTools.Queries;

/// <summary>
/// One value of one figure of one record, as Get-WaicFact shows it: the primary value or one alternative, with its
/// own sources, grade and basis, and for a derived or computed figure the inputs it rests on.
/// </summary>
internal sealed class FactRow
{
    public FactRow(Record record, Field field, object value, bool isAlternative, IFact fact, IReadOnlyList<string> sources,
        string? note, Sparsity? sparsity, IReadOnlyList<FigureInput> inputs)
    {
        Record = record;
        Field = field;
        Value = value;
        IsAlternative = isAlternative;
        Fact = fact;
        Sources = sources;
        Note = note;
        Sparsity = sparsity;
        Inputs = inputs;
    }

    public Record Record { get; }

    /// <summary>The field whose output property shows the figure.</summary>
    public Field Field { get; }

    /// <summary>The value: a double for a number, a DateTime for a date.</summary>
    public object Value { get; }

    public bool IsAlternative { get; }

    /// <summary>The value's grade: an alternative's own where the data gives one, else the figure's.</summary>
    public Confidence Confidence { get; init; }

    /// <summary>The whole figure the value belongs to (grade, basis, every value).</summary>
    public IFact Fact { get; }

    public IReadOnlyList<string> Sources { get; }
    public string? Note { get; }

    /// <summary>Whether a compute figure is dense; null for other figures.</summary>
    public Sparsity? Sparsity { get; }

    /// <summary>The figures a derived or computed value rests on; empty for a stored one and for an alternative.</summary>
    public IReadOnlyList<FigureInput> Inputs { get; }

    /// <summary>BF16, FP8 or FP4 for a compute figure (read from the field's name, <c>fp8DensePflops</c>); null otherwise.</summary>
    public string? Precision => PrecisionOf(Field);

    public static string? PrecisionOf(Field field) =>
        field.Json.IndexOf("Dense", StringComparison.Ordinal) is var at and > 0 ? field.Json.Substring(0, at).ToUpperInvariant() : null;
}

/// <summary>
/// Finds the figures of records, one row per value: every figure a cmdlet prints (stored, derived as chip count x the
/// chip's figure, or computed from others), in the order of the record's table, each alternative after its primary value.
/// </summary>
internal static class FactQuery
{
    /// <summary>The kinds whose records have figures, with each figure's output property, in table order.</summary>
    public static IEnumerable<(RecordSchema Kind, Field Field)> Figures() =>
        RecordSchemas.Kinds.SelectMany(kind => FiguresOf(kind).Select(f => (kind, f.Field)));

    /// <summary>Every output property that shows a figure, each once, in table order.</summary>
    public static IReadOnlyList<string> Properties { get; } =
        Figures().Select(f => f.Field.Property!).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>The rows of one record, for the properties matched (all when none is given).</summary>
    public static IEnumerable<FactRow> Of(Dataset dataset, Record record, NamePattern[]? properties = null)
    {
        foreach (var (field, parent) in FiguresOf(record.Schema))
        {
            if (properties is { Length: > 0 } && !properties.Any(p => p.IsMatch(field.Property!)))
            {
                continue;
            }

            var item = parent is null ? record : parent.Get(record);
            if (item is null || ComputedFigures.Of(dataset, record, field, item) is not { } fact)
            {
                continue;
            }

            var sparsity = SparsityOf(dataset, record, field);
            var inputs = ComputedFigures.InputsOf(dataset, record, field);
            switch (fact)
            {
                case Fact<double> number:
                    yield return new FactRow(record, field, number.Value, false, fact, number.Sources, number.Note, sparsity, inputs) { Confidence = fact.Confidence };
                    foreach (var a in number.Alternatives)
                    {
                        yield return new FactRow(record, field, a.Value, true, fact, a.Sources, a.Note, sparsity, Array.Empty<FigureInput>()) { Confidence = a.Confidence ?? fact.Confidence };
                    }

                    break;
                case Fact<DateTime> date:
                    yield return new FactRow(record, field, date.Value, false, fact, date.Sources, date.Note, null, inputs) { Confidence = fact.Confidence };
                    foreach (var a in date.Alternatives)
                    {
                        yield return new FactRow(record, field, a.Value, true, fact, a.Sources, a.Note, null, Array.Empty<FigureInput>()) { Confidence = a.Confidence ?? fact.Confidence };
                    }

                    break;
            }
        }
    }

    /// <summary>The rows of every record of the kinds given (all kinds when none), in the dataset's order.</summary>
    public static IEnumerable<FactRow> All(Dataset dataset, IReadOnlyList<RecordSchema>? kinds, NamePattern[]? properties) =>
        (kinds is { Count: > 0 } ? kinds : RecordSchemas.Kinds)
            .SelectMany(dataset.RecordsOf)
            .SelectMany(r => Of(dataset, r, properties));

    /// <summary>
    /// The records that the names or wildcards give, across the kinds given (all kinds found by name when none): for each
    /// name in turn, each record once; an exact name that finds nothing is returned in NotFound.
    /// </summary>
    public static QueryResult<Record> Records(Dataset dataset, IReadOnlyList<string> names, IReadOnlyList<RecordSchema>? kinds)
    {
        var searched = (kinds is { Count: > 0 } ? kinds : RecordSchemas.Kinds).Where(k => k.FoundByName).ToArray();
        return NameQuery.Run(searched.SelectMany(dataset.RecordsOf).ToArray(),
            name => searched.Select(k => dataset.FindByName(k, name)).OfType<Record>(), names, _ => true);
    }

    /// <summary>The kind of record whose output type is named so ("ChipCluster"), in any case; null when none is.</summary>
    public static RecordSchema? KindOf(string outputType) =>
        RecordSchemas.Kinds.FirstOrDefault(k => FiguresOf(k).Any() && string.Equals(k.OutputType, outputType, StringComparison.OrdinalIgnoreCase));

    /// <summary>The output type names of the kinds that have figures.</summary>
    public static IEnumerable<string> KindNames => RecordSchemas.Kinds.Where(k => FiguresOf(k).Any()).Select(k => k.OutputType!);

    // The figures of a kind that an output property shows, nested ones with the field that holds them, and the
    // computed ones at their place in the table.
    private static IEnumerable<(Field Field, Field? Parent)> FiguresOf(RecordSchema kind)
    {
        foreach (var field in kind.Fields)
        {
            if ((field.IsFigure && field.Property is not null) || ComputedFigures.IsComputed(kind, field))
            {
                yield return (field, null);
            }

            foreach (var child in field.Children.Where(c => c.IsFigure && c.Property is not null && field.Type == FieldType.Object))
            {
                yield return (child, field);
            }
        }
    }

    private static Sparsity? SparsityOf(Dataset dataset, Record record, Field field)
    {
        if (FactRow.PrecisionOf(field) is null || field.Type != FieldType.NumberFigure)
        {
            return null;
        }

        if (record is ClusterRecord cluster)
        {
            return ClusterFigures.SparsityOf(dataset, cluster, field);
        }

        var sparsity = record.Schema.ComputeFigures.FirstOrDefault(c => c.Figure == field).Sparsity;
        return sparsity?.Get(record) as Sparsity?;
    }
}
