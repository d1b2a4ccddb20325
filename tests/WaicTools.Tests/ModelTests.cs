using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;
using WaicTools.Data;
using WaicTools.Model;
using Xunit;

namespace WaicTools.Tests;

/// <summary>
/// The field tables are the one declaration of the model: these tests fail when a declared field is not read,
/// not written, has no output property, or when an output property has no declared field.
/// </summary>
public class ModelTests
{
    public static TheoryData<string> Kinds()
    {
        var data = new TheoryData<string>();
        foreach (var kind in RecordSchemas.Kinds)
        {
            data.Add(kind.Section);
        }

        data.Add(RecordSchemas.Info.Section);
        return data;
    }

    private static RecordSchema Kind(string section) =>
        section == RecordSchemas.Info.Section ? RecordSchemas.Info : RecordSchemas.Kinds.Single(k => k.Section == section);

    [Theory]
    [MemberData(nameof(Kinds))]
    public void EachOutputPropertyIsADeclaredFieldInTheOrderOfItsTable(string section)
    {
        var kind = Kind(section);
        if (kind.OutputType is null)
        {
            Assert.DoesNotContain(AllFields(kind.Fields), f => f.Property is not null);
            return;
        }

        var type = Generators.OutputType(kind);

        // A sourced type ends with the properties of SourcedObject (Notes, Sources, Id, ...), the same for every kind.
        var trailer = typeof(SourcedObject).IsAssignableFrom(type)
            ? typeof(SourcedObject).GetProperties().Select(p => p.Name).ToHashSet()
            : new HashSet<string>();
        var own = Generators.Properties(type).Where(p => p.DeclaringType == type).Select(p => p.Name).ToArray();
        var declared = AllFields(kind.Fields).Where(f => f.Property is not null).Select(f => f.Property!)
            .Where(p => !trailer.Contains(p)).ToArray();

        Assert.Equal(declared.Length, declared.Distinct().Count());
        Assert.True(own.Except(declared).Count() == 0,
            $"{type.Name} has properties no field of '{section}' declares: {string.Join(", ", own.Except(declared))}");
        Assert.True(declared.Except(own).Count() == 0,
            $"Fields of '{section}' name properties {type.Name} lacks: {string.Join(", ", declared.Except(own))}");
        Assert.Equal(declared, own); // same order: the CSV columns and the list view follow the table
        Assert.All(AllFields(kind.Fields).Select(f => f.Property).Where(p => p is not null && trailer.Contains(p)),
            p => Assert.Contains(p, new[] { "Notes", "Sources", "Id" }));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void EveryDeclaredFieldIsReadCheckedAndWrittenBackUnchanged(string section)
    {
        var kind = Kind(section);
        foreach (var field in kind.Fields.Where(f => f.Type != FieldType.Derived))
        {
            var json = Record(kind.Fields, only: field);
            var (record, warnings) = ReadOne(kind, json);

            Assert.True(warnings.Count == 0, $"'{section}.{field}' was not read: {string.Join(" ", warnings)}");
            Assert.NotNull(field.Get(record));
            var written = JsonNode.Parse(DatasetWriter.WriteItem(kind.Fields, record));
            Assert.True(JsonNode.DeepEquals(json, written),
                $"'{section}.{field}' is not written back as read:\n{json}\n{written}");
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void EveryDeclaredFigureHasItsSourcesCheckedAndItsAlternativesShown(string section)
    {
        var kind = Kind(section);
        foreach (var (path, field) in kind.Figures)
        {
            var top = kind.Fields.First(f => path == f.Json || path.StartsWith(f.Json + ".", StringComparison.Ordinal));
            var (item, _) = ReadOne(kind, Record(kind.Fields, only: top));
            var record = Assert.IsAssignableFrom<WaicTools.Model.Record>(item);

            // The compose-time check reads these lists: a figure missing here would let an unknown source id through.
            var lists = record.SourceLists().Select(l => l.Field).ToArray();
            Assert.Contains(path + ".sources", lists);
            Assert.Contains(path + ".alternatives[0].sources", lists);

            var shown = FactText.Alternatives(record);
            Assert.NotNull(shown);
            Assert.Contains(shown!.Split(" | "), line => line.StartsWith((field.Property ?? path) + ": ", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void TheComparedMetricsAreTheComparedFieldsOfTheClusterTable()
    {
        var compared = RecordSchemas.Clusters.Fields.Where(f => f.Compare is not null).Select(f => f.Property).ToArray();

        Assert.Equal(compared, Queries.Metric.Names);
        Assert.All(Queries.Metric.All, m =>
            Assert.Equal(RecordSchemas.Clusters.Fields.Single(f => f.Property == m.Property).Compare, m.BetterWhen));
    }

    [Fact]
    public void EveryReferenceFieldIsCheckedWhenLayersAreComposed()
    {
        foreach (var kind in RecordSchemas.Kinds)
        {
            foreach (var field in AllFields(kind.Fields).Where(f => f.References is not null))
            {
                var top = kind.Fields.First(f => f == field || f.Children.Contains(field));
                var (item, _) = ReadOne(kind, Record(kind.Fields, only: top));
                var record = Assert.IsAssignableFrom<WaicTools.Model.Record>(item);
                Assert.Contains(record.References(), r => r.Kind == field.References && r.Id == RefId(field));
            }
        }
    }

    private static string RefId(Field field) => field.Type == FieldType.Id ? "ref-" + field.Json.ToLowerInvariant() : "ref-1";

    private static (object Record, IReadOnlyList<string> Warnings) ReadOne(RecordSchema kind, JsonObject json)
    {
        var file = new JsonObject
        {
            [kind.Section] = kind == RecordSchemas.Info ? json : new JsonArray(json),
        };
        var layer = DatasetLoader.ParseLayer("model-test", new[] { ("model-test.json", Encoding.UTF8.GetBytes(file.ToJsonString())) });
        object record = kind == RecordSchemas.Info ? layer.Info! : layer.RecordsOf(kind).Single();
        return (record, layer.Warnings);
    }

    private static IEnumerable<Field> AllFields(IEnumerable<Field> fields) =>
        fields.SelectMany(f => new[] { f }.Concat(AllFields(f.Children)));

    /// <summary>A record of the required fields and <paramref name="only"/>, each with a value its declaration allows.</summary>
    private static JsonObject Record(IReadOnlyList<Field> fields, Field? only, bool all = false)
    {
        var json = new JsonObject();
        // A compute figure comes with the field that says whether it is dense, and that field with its figure.
        var pair = only is null ? null : RecordSchemas.Kinds.SelectMany(k => k.ComputeFigures)
            .Where(c => c.Figure == only || c.Sparsity == only).Select(c => c.Figure == only ? c.Sparsity : c.Figure).FirstOrDefault();
        foreach (var field in fields.Where(f => f.Type != FieldType.Derived && (all || f.Required || f == only || f == pair)))
        {
            json[field.Json] = Value(field);
        }

        return json;
    }

    private static JsonNode Value(Field field) => field.Type switch
    {
        // Each reference its own id, so a rule that two references differ (a claim's two systems) holds.
        FieldType.Id => field.References is null ? "model-1" : RefId(field),
        FieldType.SourceId => "S1",
        FieldType.Text => field.EnumValues is { } names ? names.Keys.First() : "text of " + field.Json,
        FieldType.Texts => new JsonArray("one " + field.Json),
        FieldType.IdList => new JsonArray("ref-1"),
        // The last name: for the Entity List, Removed, the status that has every field (date and removal date).
        FieldType.Enum => Enum.GetNames(field.EnumType!).Last(),
        FieldType.EnumList => new JsonArray(Enum.GetNames(field.EnumType!).First()),
        FieldType.Bool => true,
        FieldType.Date => "2025-07-26",
        FieldType.PartialDate => "2025-07",
        FieldType.Url => "https://example.org/item",
        FieldType.Urls => new JsonArray("https://example.org/other"),
        FieldType.Sources => new JsonArray("S1"),
        FieldType.NumberFigure => Figure(Number(field), Number(field) + (field.WholeNumber ? 1 : 0.5)),
        FieldType.DateFigure => Figure("2025-07-26", "2025-07-27"),
        FieldType.Object => Record(field.Children, only: null, all: true),
        FieldType.ObjectList => new JsonArray(Record(field.Children, only: null, all: true)),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field.Type, null),
    };

    private static double Number(Field field) => field.Range!.Value.Min;

    private static JsonObject Figure(JsonNode value, JsonNode alternative) => new()
    {
        ["value"] = value,
        ["sources"] = new JsonArray("S1"),
        ["confidence"] = "High",
        ["basis"] = "Reported",
        ["note"] = "a note",
        ["alternatives"] = new JsonArray(new JsonObject
        {
            ["value"] = alternative,
            ["sources"] = new JsonArray("S2"),
            ["note"] = "another",
        }),
    };
}
