using System.Reflection;
using System.Text.Json;
using Json.Schema;
using WaicTools.Data;
using Xunit;
using WaicTools.Model;

namespace WaicTools.Tests;

/// <summary>The consistency checks CI runs over the shipped data, and proof that each can fail.</summary>
public class DatasetChecksTests
{
    // JsonSchema.Net registers a schema by its $id once per process.
    private static readonly Lazy<JsonSchema> s_schema = new(() =>
        JsonSchema.FromFile(Path.Combine(TestData.DataFolder, "schema", "waic-dataset.schema.json")));

    [Fact]
    public void ShippedSystemFiguresAgreeWithChipTimesCount()
    {
        Assert.Empty(DatasetChecks.SystemFiguresAgreeWithChips(DatasetLoader.LoadEmbedded()));
    }

    [Fact]
    public void ThreeHundredEightyFourTimesSevenHundredEightyPassesAsThreeHundredPflops()
    {
        // 384 x 780 TFLOPS = 299.52 PFLOPS, published as 300: within 5%, so no note is needed.
        var data = TestData.ParseClusters(TestData.Cluster
            .Replace("\"chipCount\": { \"value\": 64", "\"chipCount\": { \"value\": 384")
            .Replace("\"bf16DensePflops\": { \"value\": 64", "\"bf16DensePflops\": { \"value\": 300"));
        var withChip780 = TestData.Parse(("base.json", TestData.Base.Replace("\"value\": 1000", "\"value\": 780")),
            ("clusters.json", "{ \"clusters\": [" + TestData.Cluster
                .Replace("\"chipCount\": { \"value\": 64", "\"chipCount\": { \"value\": 384")
                .Replace("\"bf16DensePflops\": { \"value\": 64", "\"bf16DensePflops\": { \"value\": 300") + "] }"));

        Assert.Empty(DatasetChecks.SystemFiguresAgreeWithChips(withChip780));
        // With the base chip at 1,000 TFLOPS, 384 chips would be 384 PFLOPS: 300 is 22% off and is reported.
        var problem = Assert.Single(DatasetChecks.SystemFiguresAgreeWithChips(data));
        Assert.Contains("'clusters.json' record 'test-system', field 'bf16DensePflops'", problem);
        Assert.Contains("384 chips x 1000 TFLOPS = 384", problem);
    }

    [Fact]
    public void ANoteOnTheSystemFigureAcceptsTheGap()
    {
        var data = TestData.ParseClusters(TestData.Cluster.Replace(
            "\"bf16DensePflops\": { \"value\": 64, \"sources\": [\"S1\"], \"confidence\": \"High\", \"basis\": \"Reported\" }",
            "\"bf16DensePflops\": { \"value\": 32, \"sources\": [\"S1\"], \"confidence\": \"High\", \"basis\": \"Reported\", \"note\": \"Half the chips run at a lower clock.\" }"));

        Assert.Empty(DatasetChecks.SystemFiguresAgreeWithChips(data));
    }

    // The base data with 128 GB of HBM and 2,000 FP8 TFLOPS on chip x1, and the test system given these fields.
    private static Dataset WithChipFigures(string clusterFields)
    {
        var chip = "\"bf16Sparsity\": \"Dense\",";
        var base_ = TestData.Base.Replace(chip, chip +
            " \"fp8DenseTflops\": { \"value\": 2000, \"sources\": [\"S1\"], \"confidence\": \"High\", \"basis\": \"Reported\" }, \"fp8Sparsity\": \"Dense\"," +
            " \"hbmGB\": { \"value\": 128, \"sources\": [\"S1\"], \"confidence\": \"High\", \"basis\": \"Reported\" },");
        Assert.NotEqual(TestData.Base, base_);
        return TestData.Parse(("base.json", base_),
            ("clusters.json", "{ \"clusters\": [" + TestData.Cluster.Replace("\"status\"", clusterFields + " \"status\"") + "] }"));
    }

    private static string Memory(string value, string alternatives = "") =>
        $"\"hbmCapacityTB\": {{ \"value\": {value}, \"sources\": [\"S1\"], \"confidence\": \"High\", \"basis\": \"Reported\"{alternatives} }},";

    [Fact]
    public void AMemoryFigureInMixedUnitsIsPointedOutAsTheValueOrAsAnAlternative()
    {
        // 64 chips x 128 GB = 8,192 GB: 8.192 TB in decimal units, "8 TB" when divided by 1,024.
        Assert.Empty(DatasetChecks.SystemFiguresAgreeWithChips(WithChipFigures(Memory("8.192"))));

        var asAlternative = DatasetChecks.SystemFiguresAgreeWithChips(WithChipFigures(
            Memory("8.192", ", \"alternatives\": [ { \"value\": 8, \"sources\": [\"S2\"] } ]")));
        Assert.Contains("field 'hbmCapacityTB': 8 is 64 chips x 128 GB = 8192 GB divided by 1,024, the same amount as 8.192 TB", Assert.Single(asAlternative));

        var asValue = DatasetChecks.SystemFiguresAgreeWithChips(WithChipFigures(Memory("8")));
        Assert.Contains("store 8.192", Assert.Single(asValue));
    }

    [Fact]
    public void AnFp8SystemFigureIsCheckedAgainstItsChipTimesTheCount()
    {
        var agrees = WithChipFigures("\"fp8DensePflops\": { \"value\": 128, \"sources\": [\"S1\"], \"confidence\": \"High\", \"basis\": \"Reported\" }, \"fp8Sparsity\": \"Dense\",");
        Assert.Empty(DatasetChecks.SystemFiguresAgreeWithChips(agrees));

        var differs = WithChipFigures("\"fp8DensePflops\": { \"value\": 64, \"sources\": [\"S1\"], \"confidence\": \"High\", \"basis\": \"Reported\" }, \"fp8Sparsity\": \"Dense\",");
        Assert.Contains("field 'fp8DensePflops': 64 differs by 50", Assert.Single(DatasetChecks.SystemFiguresAgreeWithChips(differs)));
    }

    public static TheoryData<string> DataFiles() =>
        new(Directory.GetFiles(TestData.DataFolder, "*.json").Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(DataFiles))]
    public void EveryDataFileFollowsTheSchema(string file)
    {
        var schema = s_schema.Value;
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestData.DataFolder, file)));

        var result = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(result.IsValid, string.Join("\n", (result.Details ?? [])
            .Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Fact]
    public void TheSchemaRejectsAFigureOutsideItsPlausibleRange()
    {
        var schema = s_schema.Value;
        const string power = "\"powerKW\": { \"value\": 50.5,";
        Assert.Contains(power, TestData.Cluster);
        using var inWatts = JsonDocument.Parse("{ \"clusters\": [" + TestData.Cluster.Replace(power, power.Replace("50.5", "505000")) + "] }");
        using var inKilowatts = JsonDocument.Parse("{ \"clusters\": [" + TestData.Cluster + "] }");

        Assert.False(schema.Evaluate(inWatts.RootElement).IsValid);
        Assert.True(schema.Evaluate(inKilowatts.RootElement).IsValid);
    }

    [Theory]
    [InlineData("\"name\": \"Test\\u001B[2J System\"", false)]
    [InlineData("\"name\": \"Test\u202E System\"", false)]
    [InlineData("\"name\": \"=HYPERLINK(1)\"", false)]
    [InlineData("\"name\": \"Test System\", \"aliases\": [\"@x\"]", false)]
    [InlineData("\"name\": \"Test System\", \"aliases\": [\"T\u200BS\"]", false)]
    [InlineData("\"name\": \"Caf\u00E9 \u6a21\u578b System\"", true)]
    public void TheSchemaRefusesTheNamesTheLoaderRefuses(string name, bool valid)
    {
        var cluster = TestData.Cluster.Replace("\"name\": \"Test System\"", name);
        using var document = JsonDocument.Parse("{ \"clusters\": [" + cluster + "] }");

        Assert.Equal(valid, s_schema.Value.Evaluate(document.RootElement).IsValid);
        var loads = Xunit.Record.Exception(() => TestData.ParseClusters(cluster)) is null;
        Assert.Equal(valid, loads);
    }

    [Fact]
    public void TheSchemaRejectsWhatTheLoaderRejects()
    {
        var schema = s_schema.Value;
        using var bad = JsonDocument.Parse("{ \"clusters\": [" + TestData.Cluster.Replace("\"sources\": [\"S1\"]", "\"sources\": [\"Reuters\"]") + "] }");
        using var unknown = JsonDocument.Parse("{ \"clusters\": [" + TestData.Cluster.Replace("\"vendor\": \"acme\",", "\"vendor\": \"acme\", \"colour\": 1,") + "] }");

        Assert.False(schema.Evaluate(bad.RootElement).IsValid);
        Assert.False(schema.Evaluate(unknown.RootElement).IsValid);
    }

    public static TheoryData<Type> OutputTypes() => new(typeof(ChipCluster).Assembly.GetExportedTypes()
        .Where(t => t.Namespace == "WaicTools" && t.IsClass && t.IsSealed && t != typeof(TextList)));

    [Theory]
    [MemberData(nameof(OutputTypes))]
    public void NoTwoPropertiesDifferOnlyByCase(Type type)
    {
        // PowerShell property names ignore case: GBps and Gbps would be one property to a user.
        var names = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name).ToArray();
        Assert.Equal(names.Length, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Theory]
    [MemberData(nameof(OutputTypes))]
    public void OutputPropertiesAreScalarsOrJoinableLists(Type type)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var t = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (type == typeof(WaicFact) && property.Name == nameof(WaicFact.Value))
            {
                // A number or a date, whichever the figure is: FactQueryTests checks every value the dataset gives.
                continue;
            }

            Assert.True(t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(DateTime) || t == typeof(TextList),
                $"{type.Name}.{property.Name} is a {t.Name}, which Export-Csv would not write cleanly.");
        }
    }
}
