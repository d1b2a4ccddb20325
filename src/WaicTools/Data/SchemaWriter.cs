using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using WaicTools.Model;

namespace WaicTools.Data;

/// <summary>
/// Writes the JSON schema of the dataset files from the field tables, so that editors check what the loader
/// checks: required fields, enum names, id shapes and the plausible range of every figure. Never used to
/// validate at run time (the loader checks everything itself); `./build.ps1 generate` writes it to data/schema/.
/// </summary>
internal static class SchemaWriter
{
    private static readonly JsonWriterOptions s_options = new()
    {
        Indented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static byte[] Write()
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, s_options))
        {
            w.WriteStartObject();
            w.WriteString("$schema", "https://json-schema.org/draft/2020-12/schema");
            w.WriteString("$id", "https://waictools.invalid/schema/waic-dataset.schema.json");
            w.WriteString("title", "WaicTools dataset file");
            w.WriteString("description", "One file of the WaicTools dataset, generated from the field tables of the module. A file holds any of these sections; ids are lower-case slugs, source ids are citation ids (S9). The loader also checks what a schema cannot: references resolve, ids and names are unique, cross-field rules hold.");
            w.WriteString("type", "object");
            w.WriteBoolean("additionalProperties", false);
            w.WriteNumber("minProperties", 1);
            w.WriteStartObject("properties");
            w.WriteStartObject("$schema");
            w.WriteString("type", "string");
            w.WriteEndObject();
            w.WriteStartObject(RecordSchemas.Info.Section);
            w.WriteString("$ref", "#/$defs/" + RecordSchemas.Info.Singular);
            w.WriteEndObject();
            foreach (var kind in RecordSchemas.Kinds)
            {
                w.WriteStartObject(kind.Section);
                w.WriteString("type", "array");
                w.WriteStartObject("items");
                w.WriteString("$ref", "#/$defs/" + kind.Singular);
                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteEndObject();
            w.WriteStartObject("$defs");
            CommonDefinitions(w);
            foreach (var kind in RecordSchemas.Kinds.Append(RecordSchemas.Info))
            {
                w.WritePropertyName(kind.Singular);
                ObjectOf(w, kind.Fields, null);
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    // Not empty, no control (Cc), format (Cf: zero-width and bidirectional marks) or line/paragraph separator, and no
    // = + - @ first.
    private const string NamePattern = "^(?![=+\\-@])[^\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]+$";

    private static void CommonDefinitions(Utf8JsonWriter w)
    {
        Define(w, "id", () => Pattern(w, "string", "^[a-z0-9]+(-[a-z0-9]+)*$"));
        // The dataset's own ids (S9), or a user's own written as a record id (acme-report-1).
        Define(w, "sourceId", () => Pattern(w, "string", "^(S[1-9][0-9]*|[a-z0-9]+(-[a-z0-9]+)*)$"));
        Define(w, "sources", () =>
        {
            w.WriteString("type", "array");
            Ref(w, "items", "sourceId");
            w.WriteNumber("minItems", 1);
            w.WriteNumber("maxItems", DatasetLoader.MaxItems);
            w.WriteBoolean("uniqueItems", true);
        });
        Define(w, "text", () =>
        {
            Nullable(w, "string");
            w.WriteNumber("minLength", 1);
        });
        // A name: none of the characters TextRules refuses in names, and no spreadsheet formula at the start.
        Define(w, "name", () =>
        {
            w.WriteString("type", "string");
            w.WriteString("pattern", NamePattern);
        });
        Define(w, "names", () =>
        {
            w.WriteString("type", "array");
            Ref(w, "items", "name");
            w.WriteNumber("maxItems", DatasetLoader.MaxItems);
            w.WriteBoolean("uniqueItems", true);
        });
        Define(w, "ids", () =>
        {
            w.WriteString("type", "array");
            Ref(w, "items", "id");
            w.WriteNumber("maxItems", DatasetLoader.MaxItems);
            w.WriteBoolean("uniqueItems", true);
        });
        Define(w, "date", () => Pattern(w, "string", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
        Define(w, "confidence", () => EnumNames(w, typeof(Confidence)));
        Define(w, "basis", () => EnumNames(w, typeof(Basis)));
        Define(w, "numberFact", () => Fact(w, () =>
        {
            w.WriteString("type", "number");
            w.WriteNumber("exclusiveMinimum", 0);
        }));
        Define(w, "dateFact", () => Fact(w, () => w.WriteString("$ref", "#/$defs/date")));
    }

    private static void Fact(Utf8JsonWriter w, Action value)
    {
        Nullable(w, "object");
        w.WriteBoolean("additionalProperties", false);
        Required(w, "value", "sources", "confidence", "basis");
        w.WriteStartObject("properties");
        w.WriteStartObject("value");
        value();
        w.WriteEndObject();
        Ref(w, "sources", "sources");
        Ref(w, "confidence", "confidence");
        Ref(w, "basis", "basis");
        Ref(w, "note", "text");
        w.WriteStartObject("alternatives");
        w.WriteString("type", "array");
        w.WriteNumber("maxItems", DatasetLoader.MaxAlternatives);
        w.WriteStartObject("items");
        w.WriteString("type", "object");
        w.WriteBoolean("additionalProperties", false);
        Required(w, "value", "sources");
        w.WriteStartObject("properties");
        w.WriteStartObject("value");
        value();
        w.WriteEndObject();
        Ref(w, "sources", "sources");
        Ref(w, "confidence", "confidence");
        Ref(w, "note", "text");
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void ObjectOf(Utf8JsonWriter w, System.Collections.Generic.IReadOnlyList<Field> fields, string? doc)
    {
        w.WriteStartObject();
        w.WriteString("type", "object");
        if (doc is not null)
        {
            w.WriteString("description", doc);
        }

        w.WriteBoolean("additionalProperties", false);
        Required(w, fields.Where(f => f.Required && f.Type != FieldType.Derived).Select(f => f.Json).ToArray());
        w.WriteStartObject("properties");
        foreach (var field in fields.Where(f => f.Type != FieldType.Derived))
        {
            w.WritePropertyName(field.Json);
            if (field.Type == FieldType.Object)
            {
                ObjectOf(w, field.Children, field.Doc);
                continue;
            }

            w.WriteStartObject();
            w.WriteString("description", field.Doc);
            FieldBody(w, field);
            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void FieldBody(Utf8JsonWriter w, Field field)
    {
        switch (field.Type)
        {
            case FieldType.Id when field.Required:
                w.WriteString("$ref", "#/$defs/id");
                break;
            case FieldType.Id:
                RefOrNull(w, "id");
                break;
            case FieldType.SourceId:
                w.WriteString("$ref", "#/$defs/sourceId");
                break;
            case FieldType.Text when field.EnumValues is { } names:
                w.WriteStartArray("enum");
                foreach (var value in names.Keys)
                {
                    w.WriteStringValue(value);
                }

                w.WriteEndArray();
                break;
            case FieldType.Text when field.IsName && field.Required:
                w.WriteString("$ref", "#/$defs/name");
                break;
            case FieldType.Text when field.IsName:
                RefOrNull(w, "name");
                break;
            case FieldType.Text when field.Required:
                w.WriteString("type", "string");
                w.WriteNumber("minLength", 1);
                break;
            case FieldType.Text:
                w.WriteString("$ref", "#/$defs/text");
                break;
            case FieldType.Texts:
                w.WriteString("$ref", "#/$defs/names");
                break;
            case FieldType.IdList:
                w.WriteString("$ref", "#/$defs/ids");
                break;
            case FieldType.Sources:
                w.WriteString("$ref", "#/$defs/sources");
                break;
            case FieldType.Enum:
                EnumNames(w, field.EnumType!);
                break;
            case FieldType.EnumList:
                w.WriteString("type", "array");
                w.WriteStartObject("items");
                EnumNames(w, field.EnumType!);
                w.WriteEndObject();
                w.WriteBoolean("uniqueItems", true);
                break;
            case FieldType.Bool:
                w.WriteString("type", "boolean");
                break;
            case FieldType.Date:
                w.WriteString("$ref", "#/$defs/date");
                break;
            case FieldType.PartialDate:
                Pattern(w, null, "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$");
                break;
            case FieldType.Urls:
                w.WriteString("type", "array");
                w.WriteStartObject("items");
                Pattern(w, "string", "^https?://");
                w.WriteEndObject();
                w.WriteNumber("maxItems", DatasetLoader.MaxItems);
                w.WriteBoolean("uniqueItems", true);
                break;
            case FieldType.Url:
                Pattern(w, null, "^https?://");
                break;
            case FieldType.DateFigure:
                w.WriteString("$ref", "#/$defs/dateFact");
                break;
            case FieldType.NumberFigure:
                // The plausible range, so an editor flags a figure written in the wrong unit.
                w.WriteString("$ref", "#/$defs/numberFact");
                w.WriteStartObject("properties");
                w.WriteStartObject("value");
                Range(w, field);
                w.WriteEndObject();
                w.WriteStartObject("alternatives");
                w.WriteStartObject("items");
                w.WriteStartObject("properties");
                w.WriteStartObject("value");
                Range(w, field);
                w.WriteEndObject();
                w.WriteEndObject();
                w.WriteEndObject();
                w.WriteEndObject();
                w.WriteEndObject();
                break;
            case FieldType.ObjectList:
                w.WriteString("type", "array");
                w.WritePropertyName("items");
                ObjectOf(w, field.Children, null);
                if (field.Required)
                {
                    w.WriteNumber("minItems", 1);
                }

                break;
            default:
                throw new InvalidOperationException($"The schema writer does not know fields of type {field.Type}.");
        }
    }

    // An optional field: one of the definitions, or null.
    private static void RefOrNull(Utf8JsonWriter w, string definition)
    {
        w.WriteStartArray("anyOf");
        w.WriteStartObject();
        w.WriteString("$ref", "#/$defs/" + definition);
        w.WriteEndObject();
        w.WriteStartObject();
        w.WriteString("type", "null");
        w.WriteEndObject();
        w.WriteEndArray();
    }

    private static void Range(Utf8JsonWriter w, Field field)
    {
        var range = field.Range!.Value;
        if (field.WholeNumber)
        {
            w.WriteString("type", "integer");
        }

        w.WriteNumber("minimum", range.Min);
        w.WriteNumber("maximum", range.Max);
    }

    private static void Define(Utf8JsonWriter w, string name, Action body)
    {
        w.WriteStartObject(name);
        body();
        w.WriteEndObject();
    }

    private static void Ref(Utf8JsonWriter w, string property, string definition)
    {
        w.WriteStartObject(property);
        w.WriteString("$ref", "#/$defs/" + definition);
        w.WriteEndObject();
    }

    private static void Pattern(Utf8JsonWriter w, string? type, string pattern)
    {
        if (type is null)
        {
            Nullable(w, "string");
        }
        else
        {
            w.WriteString("type", type);
        }

        w.WriteString("pattern", pattern);
    }

    private static void Nullable(Utf8JsonWriter w, string type)
    {
        w.WriteStartArray("type");
        w.WriteStringValue(type);
        w.WriteStringValue("null");
        w.WriteEndArray();
    }

    private static void Required(Utf8JsonWriter w, params string[] names)
    {
        w.WriteStartArray("required");
        foreach (var name in names)
        {
            w.WriteStringValue(name);
        }

        w.WriteEndArray();
    }

    private static void EnumNames(Utf8JsonWriter w, Type type)
    {
        w.WriteStartArray("enum");
        foreach (var name in Enum.GetNames(type))
        {
            w.WriteStringValue(name);
        }

        w.WriteEndArray();
    }
}
