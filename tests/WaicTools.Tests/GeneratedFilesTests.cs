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
    public void TheCommittedListViewsAreTheOnesTheOutputTypesGive() =>
        CheckGeneratedPart(Path.Combine("module", "WaicTools.Format.ps1xml"), Generators.ListViews());

    [Fact]
    public void TheReadmePropertyListsAreTheOnesTheTablesGive() =>
        CheckGeneratedPart("README.md", Generators.ReadmeProperties());

    [Fact]
    public void TheAboutTopicPropertyListsAreTheOnesTheTablesGive() =>
        CheckGeneratedPart(Path.Combine("src", "help", "about_WaicTools.help.txt"), Generators.AboutProperties(),
            "OBJECT TYPES", "COMPARING SYSTEMS");

    [Fact]
    public void TheReadmeCoverageTableIsTheOneTheDataGives() =>
        CheckGeneratedPart("README.md", Generators.CoverageMarkdown(), Generators.CoverageBegin, Generators.CoverageEnd);

    [Fact]
    public void TheAboutTopicCoverageIsTheOneTheDataGives() =>
        CheckGeneratedPart(Path.Combine("src", "help", "about_WaicTools.help.txt"), Generators.CoverageText(),
            "COVERAGE BY SYSTEM", "OBJECT TYPES");

    /// <summary>Compares the generated part of a committed file; WAICTOOLS_GENERATE=1 rewrites it first.</summary>
    private static void CheckGeneratedPart(string relative, string generated, string begin = Generators.Begin,
        string end = Generators.End)
    {
        var path = Path.Combine(TestData.DataFolder, "..", relative);
        var committed = File.ReadAllText(path).Replace("\r\n", "\n");
        var expected = Generators.Replace(committed, generated, begin, end);
        if (Environment.GetEnvironmentVariable("WAICTOOLS_GENERATE") == "1" && expected != committed)
        {
            File.WriteAllText(path, expected, new System.Text.UTF8Encoding(false));
            committed = expected;
        }

        Assert.True(committed == expected, $"{relative} differs from what the field tables give; run ./build.ps1 generate.");
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
