using System;
using System.Linq;
using WaicTools.Data;
using WaicTools.Model;
using WaicTools.Queries;
using Xunit;

namespace WaicTools.Tests;

/// <summary>Get-WaicFact's rows: every figure a record shows, one row per value, each with its own sources.</summary>
public class FactQueryTests
{
    private static readonly Dataset s_data = DatasetLoader.LoadEmbedded();

    [Fact]
    public void EveryValueOfTheDatasetIsANumberOrADate()
    {
        var rows = FactQuery.All(s_data, null, null).ToArray();
        Assert.True(rows.Length > 300, rows.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.All(rows, r => Assert.True(r.Value is double or DateTime, $"{r.Record.Name}.{r.Field.Property} is a {r.Value.GetType().Name}"));
        Assert.All(rows, r => Assert.NotEmpty(r.Sources));
    }

    [Fact]
    public void EachAlternativeFollowsItsPrimaryValueWithItsOwnSources()
    {
        var data = TestData.ParseClusters(TestData.Cluster);
        var rows = FactQuery.Of(data, data.FindCluster("Test System")!, NamePattern.From(new[] { "PowerKW" })).ToArray();
        Assert.Equal(new object[] { 50.5, 60.0 }, rows.Select(r => r.Value));
        Assert.Equal(new[] { false, true }, rows.Select(r => r.IsAlternative));
        Assert.Equal(new[] { "S2" }, rows[0].Sources);
        Assert.Equal(new[] { "S3" }, rows[1].Sources);
    }

    [Fact]
    public void WattsPerTflopCarriesTheSourcesOfBothInputsForEveryValue()
    {
        var data = TestData.ParseClusters(TestData.Cluster);
        var fact = ComputedFigures.WattsPerTflop(data, data.FindCluster("Test System")!)!;
        Assert.Equal(50.5 / 64, fact.Value, 12);
        Assert.Equal(new[] { "S1", "S2" }, fact.Sources);
        var other = Assert.Single(fact.Alternatives);
        Assert.Equal(60 / 64.0, other.Value, 12);
        Assert.Equal(new[] { "S1", "S3" }, other.Sources);
        Assert.Equal("60 kW / 64 PFLOPS.", other.Note);
    }

    [Fact]
    public void WattsPerTflopLeavesOutPairsThatAgreeWithThePrimaryValue()
    {
        var cluster = TestData.Cluster
            .Replace("\"alternatives\": [ { \"value\": 60, \"sources\": [\"S3\"] } ]", "\"alternatives\": [ { \"value\": 101, \"sources\": [\"S3\"] } ]")
            .Replace("\"bf16DensePflops\": { \"value\": 64, \"sources\": [\"S1\"], \"confidence\": \"High\", \"basis\": \"Reported\" }",
                "\"bf16DensePflops\": { \"value\": 64, \"sources\": [\"S1\"], \"confidence\": \"High\", \"basis\": \"Reported\", \"alternatives\": [ { \"value\": 128, \"sources\": [\"S6\"] } ] }");
        var data = TestData.ParseClusters(cluster);
        var fact = ComputedFigures.WattsPerTflop(data, data.FindCluster("Test System")!)!;
        // 101 / 128 is 50.5 / 64: the same amount, no disagreement; 50.5 / 128 and 101 / 64 are.
        Assert.Equal(new[] { 50.5 / 128, 101 / 64.0 }, fact.Alternatives.Select(a => a.Value));
    }

    [Fact]
    public void ADerivedFigureNamesBothInputs()
    {
        var dgx = s_data.FindCluster("DGX H100")!;
        var row = FactQuery.Of(s_data, dgx, NamePattern.From(new[] { "Bf16DensePflops" })).Single();
        Assert.Equal(Confidence.Derived, row.Fact.Confidence);
        Assert.Equal(new[] { "ChipCount", "Bf16DenseTflops" }, row.Inputs.Select(i => i.Field.Property));
        Assert.Equal(new[] { "DGX H100", "H100" }, row.Inputs.Select(i => i.Record.Name));
        Assert.Equal("BF16", row.Precision);
    }

    [Fact]
    public void NamesAreFoundAcrossKindsAndAnExactMissIsReported()
    {
        var result = FactQuery.Records(s_data, new[] { "CloudMatrix 384", "Ascend 910C", "Huawei", "Nothing Here", "Zz*" }, null);
        Assert.Equal(new[] { "CloudMatrix 384", "Ascend 910C", "Huawei" }, result.Items.Select(r => r.Name));
        Assert.Equal(new[] { "Nothing Here" }, result.NotFound);
    }

    [Theory]
    [InlineData("Huawai", "Huawei")]
    [InlineData("huawei", "Huawei")]
    [InlineData("Cloudmatrx 384", "CloudMatrix 384")]
    [InlineData("Nvidai", "Nvidia")]
    [InlineData("Deployd", "Deployed")]
    [InlineData("Qwerty", null)]
    [InlineData("", null)]
    public void TheClosestKnownValueIsSuggested(string typed, string? expected)
    {
        var known = new[] { "Huawei", "Nvidia", "CloudMatrix 384", "Deployed", "Announced", "Cambricon" };
        foreach (var culture in new[] { "en-US", "de-DE", "tr-TR" })
        {
            Assert.Equal(expected, TestData.InCulture(culture, () => Suggestion.Closest(typed, known)));
        }
    }

    [Fact]
    public void ASuggestionNamesEveryEquallyCloseValueOnceAndPrefersOneTheTextStarts()
    {
        var chips = new[] { "Ascend 910B", "Ascend 910C", "Ascend 960", "Nvidia", "NVIDIA" };

        Assert.Equal(new[] { "Ascend 910B", "Ascend 910C" }, Suggestion.Nearest("Ascend 910", chips));
        Assert.Equal(" Did you mean 'Ascend 910B' or 'Ascend 910C'?", Suggestion.Text("Ascend 910", chips));
        Assert.Equal(" Did you mean 'Nvidia'?", Suggestion.Text("Nvida", chips));
        Assert.Equal("", Suggestion.Text("Cerebras", chips));
    }
}
