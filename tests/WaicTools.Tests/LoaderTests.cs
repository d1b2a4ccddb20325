using System.Text;
using WaicTools.Data;
using Xunit;
using WaicTools.Model;

namespace WaicTools.Tests;

public class LoaderTests
{
    [Fact]
    public void EmbeddedDatasetHoldsBothAlliancesAndTheShowFloorSystems()
    {
        var dataset = DatasetLoader.LoadEmbedded();

        Assert.Equal(2, dataset.Alliances.Count);
        Assert.Equal(243, dataset.Citations.Count);
        Assert.Equal("waic-2025", dataset.Info.EventId);
        Assert.Contains(dataset.Clusters, c => c.Name == "CloudMatrix 384");
        Assert.Contains(dataset.Clusters, c => c.Name == "GB200 NVL72");
        Assert.Contains(dataset.Clusters, c => c.VendorId == "metax");
        // WAIC 2025 stays the heart of the data: the five systems shown there, beside the reference, the later ones and the other references.
        Assert.Equal(5, dataset.Clusters.Count(c => c.ShownAtId == "waic-2025"));
        // At least twenty systems and forty chips with a sourced figure each (every figure's sources are checked elsewhere).
        var systems = dataset.Clusters.Count(c => c.Figures().Any());
        var chips = dataset.Chips.Count(c => c.Figures().Any());
        Assert.True(systems >= 20, $"{systems} cluster systems with a figure");
        Assert.True(chips >= 40, $"{chips} chips with a figure");
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
    public void EveryEmbeddedRecordAndFigureHasSourcesThatResolve()
    {
        var dataset = DatasetLoader.LoadEmbedded();
        var citations = dataset.Citations.Select(c => c.Id).ToHashSet();
        foreach (var record in dataset.AllRecords().Where(r => r is not CitationRecord))
        {
            Assert.NotEmpty(record.Sources);
            foreach (var (field, fact) in record.Figures())
            {
                Assert.NotEmpty(fact.Sources);
                Assert.All(fact.AlternativeSources, a => Assert.NotEmpty(a));
            }

            Assert.All(record.AllSourceIds(), id => Assert.Contains(id, citations));
        }
    }

    [Fact]
    public void EveryEmbeddedFigureHasASourceWithAPublicAddressBesidesASummarySite()
    {
        // A source with no public address (a research note whose repository is unknown) may be cited, but never be
        // the only support of a figure or of one of its alternative values. Nor may Reportify's machine summaries,
        // which swap chips and misdate years (the fact sheet's spot-check).
        var dataset = DatasetLoader.LoadEmbedded();
        var addressed = dataset.Citations
            .Where(c => new WaicTools.Citation(c, dataset) is { Url: not null } citation && citation.Publisher != "Reportify")
            .Select(c => c.Id).ToHashSet();
        var unsupported = new List<string>();
        foreach (var record in dataset.AllRecords().Where(r => r is not CitationRecord))
        {
            foreach (var (field, fact) in record.Figures())
            {
                if (!fact.Sources.Any(addressed.Contains))
                {
                    unsupported.Add($"{record.Id} {field}");
                }

                unsupported.AddRange(fact.AlternativeSources.Where(a => !a.Any(addressed.Contains))
                    .Select(_ => $"{record.Id} {field} (an alternative)"));
            }
        }

        Assert.Empty(unsupported);
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    public void ParsingDoesNotDependOnCulture(string culture)
    {
        var dataset = TestData.InCulture(culture, () => TestData.Parse(
            ("base.json", TestData.Base),
            ("clusters.json", "{ \"clusters\": [" + TestData.Cluster.Replace("50.5", "1229.75") + "] }"),
            ("alliances.json", """
                { "alliances": [ { "id": "a", "name": "A", "memberListComplete": true,
                  "members": [ { "organization": "acme", "role": "Initiator", "sources": ["S1"] } ],
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
        var dataset = DatasetLoader.Parse(new[] { ("base.json", Encoding.UTF8.GetBytes(TestData.Base)), ("clusters.json", bytes.ToArray()) });
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
        { TestData.Cluster.Replace("\"vendor\": \"acme\"", "\"vendor\": \"nobody\""), "vendor", "not the id of any record in 'organizations'" },
        { TestData.Cluster.Replace("\"chip\": \"x1\"", "\"chip\": \"x9\""), "chip", "not the id of any record in 'chips'" },
        { TestData.Cluster.Replace("\"sources\": [\"S4\"]", "\"sources\": [\"S5\"]"), "sources", "'S5' is not in 'citations'" },
        { TestData.Cluster.Replace("[ { \"value\": 60, \"sources\": [\"S3\"] } ]", "[ { \"value\": 60, \"sources\": [\"S99\"] } ]"), "powerKW.alternatives[0].sources", "'S99' is not in 'citations'" },
        { TestData.Cluster.Replace("\"value\": 50.5", "\"value\": 559000"), "powerKW.value", "plausible range" },
        { TestData.Cluster.Replace("\"chip\": \"x1\",", "\"chip\": \"x1\", \"chipDesigner\": \"acme\","), "chipDesigner", "either 'chip' or 'chipDesigner'" },
        { TestData.Cluster.Replace("\"value\": 64", "\"value\": -64"), "chipCount.value", "positive" },
        { TestData.Cluster.Replace("\"value\": 64", "\"value\": 64.5"), "chipCount.value", "whole number" },
        { TestData.Cluster.Replace("\"value\": 64", "\"value\": \"64\""), "chipCount.value", "Expected a number" },
        { TestData.Cluster.Replace("\"sources\": [\"S1\"]", "\"sources\": []"), "chipCount.sources", "source" },
        { TestData.Cluster.Replace("\"sources\": [\"S1\"]", "\"sources\": [\"Reuters\"]"), "chipCount.sources", "not a source id" },
        { TestData.Cluster.Replace("\"confidence\": \"High\"", "\"confidence\": \"Sure\""), "chipCount.confidence", "is not one of: High" },
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
    public void AnUnknownFieldIsAWarningNamingRecordAndFieldNotAnError()
    {
        var layer = DatasetLoader.ParseLayer("test", new[]
        {
            ("clusters.json", System.Text.Encoding.UTF8.GetBytes("{ \"clusters\": [" + TestData.Cluster.Replace("\"vendor\": \"acme\",", "\"vendor\": \"acme\", \"colour\": \"red\",") + "] }")),
        });

        Assert.Single(layer.Clusters);
        Assert.Equal("'clusters.json', record 'test-system', field 'colour': Unknown field; it is ignored.", Assert.Single(layer.Warnings));
    }

    [Fact]
    public void ALoneSurrogateEscapeIsAnErrorNamingTheField()
    {
        var e = Assert.Throws<DatasetException>(() => TestData.ParseClusters(TestData.Cluster.Replace("\"Test System\"", "\"Test \\uD800 System\"")));
        Assert.Equal("name", e.Field);
    }

    [Fact]
    public void ALoneSurrogateEscapeInAFiguresConfidenceNamesTheFigure()
    {
        var e = Assert.Throws<DatasetException>(() => TestData.ParseClusters(
            TestData.Cluster.Replace("\"confidence\": \"High\"", "\"confidence\": \"Hi\\uD800\"")));
        Assert.Equal("chipCount.confidence", e.Field);
        Assert.Contains("escape that is not valid Unicode", e.Problem);
    }

    [Fact]
    public void ASyntaxErrorAfterABadRecordIsReportedFirst()
    {
        // The file is read in one pass, record by record; a record's fault waits until the whole file is known to be
        // JSON, so a broken file is reported as broken, at its line, whichever comes first.
        var e = Assert.Throws<DatasetException>(() => TestData.Parse(
            ("clusters.json", "{ \"clusters\": [" + TestData.Cluster.Replace("\"test-system\"", "\"Test System\"") + ",\n { ] }")));

        Assert.Null(e.Field);
        Assert.Contains("not valid JSON", e.Problem);
        Assert.NotNull(e.Line);
    }

    [Fact]
    public void EscapedFieldNamesAreReadAsTheirText()
    {
        var layer = DatasetLoader.ParseLayer("test", new[]
        {
            ("clusters.json", Encoding.UTF8.GetBytes("{ \"clusters\": [" + TestData.Cluster.Replace("\"vendor\":", "\"v\\u0065ndor\":") + "] }")),
        });

        Assert.Equal("acme", Assert.Single(layer.Clusters).VendorId);
        Assert.Empty(layer.Warnings);
    }

    [Fact]
    public void ALoneSurrogateInAFieldNameIsAnErrorNamingTheFile()
    {
        var e = Assert.Throws<DatasetException>(() => TestData.ParseClusters(TestData.Cluster.Replace("\"status\":", "\"\\uDC00\": 1, \"status\":")));
        Assert.Equal("clusters.json", e.File);
    }

    [Fact]
    public void TheEmbeddedDataHasNoWarnings()
    {
        Assert.Empty(DatasetLoader.LoadEmbeddedLayer().Warnings);
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
        Assert.Equal("clusters.json", e.File);
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
    public void AnAllianceHasAtMostOneInitiatorAndEachMemberOnce()
    {
        const string alliance = """
            { "alliances": [ { "id": "a", "name": "A", "memberListComplete": true, "sources": ["S1"],
              "members": [ { "organization": "acme", "role": "Initiator", "sources": ["S1"] },
                           { "organization": "acme", "role": "Member", "sources": ["S1"] } ] } ] }
            """;
        var e = Assert.Throws<DatasetException>(() => TestData.Parse(("base.json", TestData.Base), ("alliances.json", alliance)));

        Assert.Equal("members", e.Field);
        Assert.Contains("'acme' is listed twice", e.Message);
    }

    [Fact]
    public void AMissingDatasetSectionIsReported()
    {
        var e = Assert.Throws<DatasetException>(() => TestData.Parse(("clusters.json", "{ \"clusters\": [] }")));
        Assert.Equal("dataset", e.Field);
    }

    public static TheoryData<string, string?> EntityListings() => new()
    {
        // the entityList object of an organisation, and the field an error names (null: it loads)
        { "{ \"status\": \"NotApplicable\", \"note\": \"A US company.\" }", null },
        { "{ \"status\": \"Removed\", \"date\": " + Date("2016-03-08") + ", \"removed\": " + Date("2017-03-29") + ", \"sources\": [\"S1\"] }", null },
        { "{ \"status\": \"Removed\", \"date\": " + Date("2016-03-08") + ", \"sources\": [\"S1\"] }", "entityList.removed" },
        { "{ \"status\": \"Listed\", \"date\": " + Date("2016-03-08") + ", \"removed\": " + Date("2017-03-29") + ", \"sources\": [\"S1\"] }", "entityList.removed" },
        { "{ \"status\": \"Removed\", \"date\": " + Date("2017-03-29") + ", \"removed\": " + Date("2016-03-08") + ", \"sources\": [\"S1\"] }", "entityList.removed" },
        { "{ \"status\": \"Removed\", \"removed\": " + Date("2017-03-29") + ", \"sources\": [\"S1\"] }", "entityList.date" },
        { "{ \"status\": \"NotFound\" }", "entityList.sources" },
    };

    private static string Date(string value) =>
        $"{{ \"value\": \"{value}\", \"sources\": [\"S1\"], \"confidence\": \"High\", \"basis\": \"Reported\" }}";

    [Theory]
    [MemberData(nameof(EntityListings))]
    public void AnEntityListingIsListedRemovedOrNeitherWithTheDatesThatGoWithIt(string listing, string? field)
    {
        var organizations = TestData.Base.Replace("\"entityList\": { \"status\": \"Unknown\" }", "\"entityList\": " + listing);
        Assert.NotEqual(TestData.Base, organizations);
        var parse = () => TestData.Parse(("base.json", organizations));
        if (field is null)
        {
            Assert.NotNull(parse().FindOrganization("Acme"));
        }
        else
        {
            Assert.Equal(field, Assert.Throws<DatasetException>(parse).Field);
        }
    }

    [Fact]
    public void AUsersCitationIdTakesAnyFormButTheDatasets()
    {
        var embedded = DatasetLoader.LoadEmbeddedLayer();
        DatasetLayer Layer(string id) => DatasetLoader.ParseLayer("mine", new[] { ("mine.json", Encoding.UTF8.GetBytes(
            $"{{ \"citations\": [ {{ \"id\": \"{id}\", \"title\": \"Mine\", \"publisher\": \"Me\", \"kind\": \"Analyst\" }} ] }}")) });

        DatasetLoader.CheckOwnCitationIds(Layer("acme-report-1"), embedded); // a user's own form
        DatasetLoader.CheckOwnCitationIds(Layer("S9"), embedded);            // a correction of the dataset's S9

        var e = Assert.Throws<DatasetException>(() => DatasetLoader.CheckOwnCitationIds(Layer("S5000"), embedded));
        Assert.Equal("mine.json", e.File);
        Assert.Equal("id", e.Field);
        Assert.Contains("a later release may give to another source", e.Problem);
    }

    [Fact]
    public void SourceIdsOfBothFormsComeInOneOrder()
    {
        Assert.Equal(new[] { "S2", "S10", "a1", "acme-report" },
            SourceIdOrder.Sort(new[] { "acme-report", "S10", "a1", "S2", "S10" }));
    }

    [Theory]
    [InlineData("\"bf16Sparsity\": \"Dense\",", "", "bf16Sparsity", "Say whether 'bf16DensePflops' is Dense")]
    [InlineData("\"bf16Sparsity\": \"Dense\",", "\"bf16Sparsity\": \"Dense\", \"fp8Sparsity\": \"Dense\",", "fp8Sparsity", "describes 'fp8DensePflops', which is not given")]
    [InlineData("\"bf16Sparsity\": \"Dense\",", "\"bf16Sparsity\": \"Sparse\",", "bf16Sparsity", "is not one of: Dense, PeakBasisNotStated")]
    public void EachComputeFigureSaysWhetherItIsDense(string original, string replacement, string field, string problem)
    {
        var cluster = TestData.Cluster.Replace(original, replacement);
        Assert.NotEqual(TestData.Cluster, cluster);

        var e = Assert.Throws<DatasetException>(() => TestData.ParseClusters(cluster));

        Assert.Equal(field, e.Field);
        Assert.Contains(problem, e.Problem);
    }

    [Fact]
    public void AnFp8FigureIsStoredAsGivenAndNeverDerived()
    {
        var cluster = TestData.Cluster.Replace("\"bf16Sparsity\": \"Dense\",",
            "\"bf16Sparsity\": \"Dense\", \"fp8DensePflops\": { \"value\": 8000, \"sources\": [\"S1\"], \"confidence\": \"Medium\", \"basis\": \"VendorClaim\" }, \"fp8Sparsity\": \"PeakBasisNotStated\",");
        var record = TestData.ParseClusters(cluster).Clusters[0];
        var shown = new WaicTools.ChipCluster(record, TestData.ParseClusters(cluster));

        Assert.Equal(8000, shown.Fp8DensePflops);
        Assert.Equal(Sparsity.PeakBasisNotStated, shown.Fp8Sparsity);
        Assert.Equal(64, shown.Bf16DensePflops);
        Assert.Equal(Sparsity.Dense, shown.Bf16Sparsity);
        Assert.Null(shown.Fp4DensePflops); // no FP4 figure published: none is made up from the others
    }
}
