using System.Text;
using WaicTools.Data;
using Xunit;

namespace WaicTools.Tests;

public class LoaderTests
{
    [Fact]
    public void EmbeddedDatasetHoldsBothAlliancesAndTheShowFloorSystems()
    {
        var dataset = DatasetLoader.LoadEmbedded();

        Assert.Equal(2, dataset.Alliances.Count);
        Assert.Contains(dataset.Clusters, c => c.Name == "CloudMatrix 384");
        Assert.Contains(dataset.Clusters, c => c.Name == "GB200 NVL72");
        Assert.Contains(dataset.Clusters, c => c.Vendor == "MetaX");
        Assert.Equal(6, dataset.Clusters.Count);
    }

    [Fact]
    public void EmbeddedFiguresKeepEveryValueWithItsSources()
    {
        var cm384 = DatasetLoader.LoadEmbedded().FindCluster("CloudMatrix 384")!;

        Assert.Equal(384, cm384.ChipCount!.Value);
        Assert.Equal(559, cm384.PowerKW!.Value);
        Assert.Contains("S10", cm384.PowerKW.Sources);
        var revised = Assert.Single(cm384.PowerKW.Alternatives);
        Assert.Equal(600, revised.Value);
        Assert.Equal(new[] { "S9" }, revised.Sources);
        Assert.Null(cm384.Cooling); // not confirmed by any source, so not shipped
    }

    [Fact]
    public void EveryEmbeddedRecordAndFigureHasSources()
    {
        var dataset = DatasetLoader.LoadEmbedded();
        foreach (var c in dataset.Clusters)
        {
            Assert.NotEmpty(c.Sources);
            foreach (var fact in new[] { c.ChipCount, c.Bf16DensePflops, c.HbmCapacityTB, c.HbmBandwidthTBps,
                         c.ScaleUpBandwidthTBps, c.PowerKW, c.Racks }.OfType<Fact<double>>())
            {
                Assert.NotEmpty(fact.Sources);
                Assert.All(fact.Alternatives, a => Assert.NotEmpty(a.Sources));
            }
        }

        Assert.All(dataset.Alliances, a => Assert.NotEmpty(a.Sources));
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    public void ParsingDoesNotDependOnCulture(string culture)
    {
        var dataset = TestData.InCulture(culture, () => TestData.Parse(
            ("clusters.json", "{ \"clusters\": [" + TestData.Cluster.Replace("50.5", "1229.75") + "] }"),
            ("alliances.json", """
                { "alliances": [ { "id": "a", "name": "A", "members": ["I"], "memberListComplete": true,
                  "announced": { "value": "2025-07-25", "sources": ["S6"], "confidence": "Medium", "basis": "Reported" },
                  "sources": ["S1"] } ] }
                """)));

        Assert.Equal(1229.75, dataset.Clusters[0].PowerKW!.Value);
        Assert.Equal(new DateTime(2025, 7, 25), dataset.Alliances[0].Announced!.Value);
    }

    [Fact]
    public void AByteOrderMarkIsAccepted()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("{ \"clusters\": [" + TestData.Cluster + "] }"));
        var dataset = DatasetLoader.Parse(new[] { ("clusters.json", bytes.ToArray()) });
        Assert.Single(dataset.Clusters);
    }

    [Fact]
    public void MalformedJsonNamesFileLineAndPosition()
    {
        var e = Assert.Throws<DatasetException>(() =>
            TestData.Parse(("broken.json", "{\n  \"clusters\": [\n    { \"id\": \"x\" ,, }\n  ]\n}")));

        Assert.Equal("broken.json", e.File);
        Assert.Equal(3, e.Line);
        Assert.StartsWith("'broken.json' line 3, position ", e.Message);
    }

    public static TheoryData<string, string, string> BadRecords() => new()
    {
        { TestData.Cluster.Replace("\"name\": \"Test System\",", ""), "name", "required" },
        { TestData.Cluster.Replace("\"vendor\": \"Acme\",", "\"vendor\": \"Acme\", \"colour\": \"red\","), "colour", "Unknown field" },
        { TestData.Cluster.Replace("\"value\": 64", "\"value\": -64"), "chipCount.value", "positive" },
        { TestData.Cluster.Replace("\"value\": 64", "\"value\": 64.5"), "chipCount.value", "whole number" },
        { TestData.Cluster.Replace("\"value\": 64", "\"value\": \"64\""), "chipCount.value", "Expected a number" },
        { TestData.Cluster.Replace("\"sources\": [\"S1\"]", "\"sources\": []"), "chipCount.sources", "source" },
        { TestData.Cluster.Replace("\"sources\": [\"S1\"]", "\"sources\": [\"Reuters\"]"), "chipCount.sources", "not a source id" },
        { TestData.Cluster.Replace("\"confidence\": \"High\"", "\"confidence\": \"Sure\""), "chipCount.confidence", "Expected one of High" },
        { TestData.Cluster.Replace("\"status\": \"Shown\"", "\"status\": \"Rumoured\""), "status", "is not one of" },
        { TestData.Cluster.Replace("\"sources\": [\"S4\"]", "\"notes\": \"x\""), "sources", "source id is required" },
        { TestData.Cluster.Replace("\"id\": \"test-system\"", "\"id\": \"Test System\""), "id", "not a valid id" },
        { TestData.Cluster.Replace("{ \"value\": 60, \"sources\": [\"S3\"] }", "{ \"value\": 60 }"), "powerKW.alternatives[0].sources", "required" },
    };

    [Theory]
    [MemberData(nameof(BadRecords))]
    public void ABadRecordIsRejectedNamingRecordAndField(string cluster, string field, string problem)
    {
        var e = Assert.Throws<DatasetException>(() => TestData.ParseClusters(cluster));

        Assert.Equal("clusters.json", e.File);
        Assert.Equal(field, e.Field);
        Assert.Contains(problem, e.Message);
        if (field != "id")
        {
            Assert.Equal("test-system", e.RecordId);
        }
    }

    [Fact]
    public void ADateThatDoesNotParseIsRejected()
    {
        var e = Assert.Throws<DatasetException>(() => TestData.ParseClusters(TestData.Cluster.Replace(
            "\"status\": \"Shown\",",
            "\"status\": \"Shown\", \"announced\": { \"value\": \"25.07.2025\", \"sources\": [\"S1\"], \"confidence\": \"High\", \"basis\": \"Reported\" },")));

        Assert.Equal("announced.value", e.Field);
        Assert.Contains("yyyy-MM-dd", e.Message);
    }

    [Fact]
    public void DuplicateIdsAreRejected()
    {
        var e = Assert.Throws<DatasetException>(() =>
            TestData.ParseClusters(TestData.Cluster, TestData.Cluster.Replace("Test System", "Other")));

        Assert.Equal("test-system", e.RecordId);
        Assert.Contains("more than one record", e.Message);
    }

    [Fact]
    public void ANameUsedByTwoRecordsIsRejectedWhateverItsCase()
    {
        var e = Assert.Throws<DatasetException>(() => TestData.ParseClusters(
            TestData.Cluster, TestData.Cluster.Replace("test-system", "other").Replace("Test System", "TEST SYSTEM")));

        Assert.Contains("'TEST SYSTEM'", e.Message);
    }

    [Fact]
    public void AnInitiatorMustBeAMember()
    {
        var e = Assert.Throws<DatasetException>(() => TestData.Parse(("alliances.json",
            """{ "alliances": [ { "id": "a", "name": "A", "initiator": "X", "members": ["Y"], "memberListComplete": true, "sources": ["S1"] } ] }""")));

        Assert.Equal("initiator", e.Field);
        Assert.Equal("a", e.RecordId);
    }
}
