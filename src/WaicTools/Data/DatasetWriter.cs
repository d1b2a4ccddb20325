using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using WaicTools.Model;

namespace WaicTools.Data;

/// <summary>
/// The only place that writes JSON: turns a dataset back into files of the same format the loader reads,
/// one file per kind of record, each pointing at the schema. Reading what it writes gives the same dataset.
/// </summary>
internal static class DatasetWriter
{
    public const string SchemaFile = "schema/waic-dataset.schema.json";

    private static readonly JsonWriterOptions s_options = new()
    {
        Indented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The files of a dataset as (relative path, UTF-8 bytes), the schema included.</summary>
    public static IReadOnlyList<(string File, byte[] Utf8)> Serialize(Dataset dataset)
    {
        var files = new List<(string, byte[])>
        {
            ("dataset.json", Write(RecordSchemas.Info.Section, w => Item(w, RecordSchemas.Info.Fields, dataset.Info), isArray: false)),
        };
        foreach (var kind in RecordSchemas.Kinds)
        {
            files.Add((kind.File, Write(kind.Section, w =>
            {
                foreach (var record in dataset.RecordsOf(kind))
                {
                    Item(w, kind.Fields, record);
                }
            })));
        }

        using var schema = typeof(DatasetWriter).Assembly.GetManifestResourceStream("WaicTools.Schema.waic-dataset.schema.json")
            ?? throw new InvalidOperationException("The schema is missing from the module assembly.");
        using var buffer = new MemoryStream();
        schema.CopyTo(buffer);
        files.Add((SchemaFile, buffer.ToArray()));
        return files;
    }

    private static byte[] Write(string section, Action<Utf8JsonWriter> body, bool isArray = true)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, s_options))
        {
            w.WriteStartObject();
            w.WriteString("$schema", SchemaFile);
            w.WritePropertyName(section);
            if (isArray)
            {
                w.WriteStartArray();
                body(w);
                w.WriteEndArray();
            }
            else
            {
                body(w);
            }

            w.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    /// <summary>One record or nested object as indented JSON, as it is written in a file.</summary>
    internal static string WriteItem(IReadOnlyList<Field> fields, object item)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, s_options))
        {
            Item(w, fields, item);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>One object: each declared field in order, absent and empty ones left out.</summary>
    private static void Item(Utf8JsonWriter w, IReadOnlyList<Field> fields, object item)
    {
        w.WriteStartObject();
        foreach (var field in fields)
        {
            WriteField(w, field, item);
        }

        w.WriteEndObject();
    }

    private static void WriteField(Utf8JsonWriter w, Field field, object item)
    {
        var name = field.Json;
        var value = field.Get(item);
        switch (field.Type)
        {
            case FieldType.Derived:
                break;
            case FieldType.Id or FieldType.SourceId or FieldType.Text or FieldType.PartialDate or FieldType.Url:
                Text(w, name, (string?)value);
                break;
            case FieldType.Texts or FieldType.IdList or FieldType.Sources or FieldType.Urls:
                List(w, name, (IReadOnlyList<string>)value!);
                break;
            case FieldType.Enum when value is null:
                break; // an optional enum left out (a compute figure's sparsity without its figure)
            case FieldType.Enum:
                w.WriteString(name, value.ToString());
                break;
            case FieldType.EnumList:
                List(w, name, ((IEnumerable)value!).Cast<object>().Select(x => x.ToString()).ToArray());
                break;
            case FieldType.Bool:
                w.WriteBoolean(name, (bool)value!);
                break;
            case FieldType.Date:
                w.WriteString(name, Date((DateTime)value!));
                break;
            case FieldType.NumberFigure:
                Figure(w, name, (Fact<double>?)value);
                break;
            case FieldType.DateFigure:
                Figure(w, name, (Fact<DateTime>?)value);
                break;
            case FieldType.Object:
                if (value is not null)
                {
                    w.WritePropertyName(name);
                    Item(w, field.Children, value);
                }

                break;
            case FieldType.ObjectList:
                w.WriteStartArray(name);
                foreach (var child in (IEnumerable)value!)
                {
                    Item(w, field.Children, child);
                }

                w.WriteEndArray();
                break;
            default:
                throw new InvalidOperationException($"The writer does not know fields of type {field.Type}.");
        }
    }

    private static void Figure(Utf8JsonWriter w, string name, Fact<double>? fact) =>
        Figure(w, name, fact, (writer, field, value) => writer.WriteNumber(field, value));

    private static void Figure(Utf8JsonWriter w, string name, Fact<DateTime>? fact) =>
        Figure(w, name, fact, (writer, field, value) => writer.WriteString(field, Date(value)));

    private static void Figure<T>(Utf8JsonWriter w, string name, Fact<T>? fact, Action<Utf8JsonWriter, string, T> value)
    {
        if (fact is null)
        {
            return;
        }

        w.WriteStartObject(name);
        value(w, "value", fact.Value);
        List(w, "sources", fact.Sources);
        w.WriteString("confidence", fact.Confidence.ToString());
        w.WriteString("basis", fact.Basis.ToString());
        Text(w, "note", fact.Note);
        if (fact.Alternatives.Count > 0)
        {
            w.WriteStartArray("alternatives");
            foreach (var alternative in fact.Alternatives)
            {
                w.WriteStartObject();
                value(w, "value", alternative.Value);
                List(w, "sources", alternative.Sources);
                if (alternative.Confidence is { } own)
                {
                    w.WriteString("confidence", own.ToString());
                }

                Text(w, "note", alternative.Note);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    private static void Text(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static void List(Utf8JsonWriter w, string name, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return;
        }

        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }

    private static string Date(DateTime value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
