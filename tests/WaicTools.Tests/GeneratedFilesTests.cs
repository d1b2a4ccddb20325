using WaicTools.Data;
using Xunit;

namespace WaicTools.Tests;

/// <summary>
/// Files generated from the field tables are committed so that editors and readers have them; a committed copy that
/// differs from what the tables give fails here. `./build.ps1 generate` rewrites them (it runs these tests with
/// WAICTOOLS_GENERATE=1).
/// </summary>
public class GeneratedFilesTests
{
    [Fact]
    public void TheCommittedJsonSchemaIsTheOneTheFieldTablesGive()
    {
        var path = Path.Combine(TestData.DataFolder, "schema", "waic-dataset.schema.json");
        var generated = SchemaWriter.Write();
        if (Environment.GetEnvironmentVariable("WAICTOOLS_GENERATE") == "1")
        {
            File.WriteAllBytes(path, generated);
        }

        Assert.True(File.ReadAllBytes(path).SequenceEqual(generated),
            "data/schema/waic-dataset.schema.json differs from what the field tables give; run ./build.ps1 generate.");
    }

    [Fact]
    public void TheSchemaCarriesEachFiguresPlausibleRange()
    {
        using var schema = System.Text.Json.JsonDocument.Parse(SchemaWriter.Write());
        var power = schema.RootElement.GetProperty("$defs").GetProperty("cluster").GetProperty("properties")
            .GetProperty("powerKW").GetProperty("properties").GetProperty("value");

        Assert.Equal(0.01, power.GetProperty("minimum").GetDouble());
        Assert.Equal(100_000, power.GetProperty("maximum").GetDouble());
    }
}
