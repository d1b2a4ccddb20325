using WaicTools.Data;
using WaicTools.Model;
using WaicTools.Queries;
using Xunit;

namespace WaicTools.Tests;

/// <summary>
/// A system figure no source publishes is shown as chip count x the chip's figure, at the same precision only, graded
/// Derived, with its inputs and their sources; a published system figure always wins.
/// </summary>
public class DerivedFiguresTests
{
    private static readonly Dataset s_data = DatasetLoader.LoadEmbedded();

    private static ClusterRecord Get(string name) => s_data.FindCluster(name)!;

    private static Fact<double>? Figure(Dataset data, ClusterRecord cluster, string field) =>
        ClusterFigures.Of(data, cluster, RecordSchemas.Clusters[field]);

    [Fact]
    public void AnUnpublishedSystemFigureIsTheChipsTimesTheCountWithBothSources()
    {
        var dgx = Get("DGX H100");
        Assert.Null(dgx.Bf16DensePflops); // no source publishes it for the system

        var compute = Figure(s_data, dgx, "bf16DensePflops")!;
        Assert.Equal(8 * 989 / 1000.0, compute.Value, 9);
        Assert.Equal(Confidence.Derived, compute.Confidence);
        Assert.Contains("S180", compute.Sources);                    // the H100's figure
        Assert.All(dgx.ChipCount!.Sources, s => Assert.Contains(s, compute.Sources)); // and the count's
        Assert.Contains("H100", compute.Note);

        var shown = new ChipCluster(dgx, s_data);
        Assert.Equal(compute.Value, shown.Bf16DensePflops);
        Assert.Equal(Sparsity.Dense, shown.Bf16Sparsity);          // the chip's basis comes with it
        Assert.Equal(10.2 / compute.Value, shown.WattsPerTflop!.Value, 9);
        Assert.StartsWith("Bf16DensePflops: Derived, not published: 8 chips x 989 TFLOPS (H100", shown.DerivedFigures);
        Assert.DoesNotContain("HbmCapacityTB", shown.DerivedFigures); // 640 GB is published
    }

    [Theory]
    [InlineData("GB300 NVL72", "bf16DensePflops", 180)]   // 72 x 2,500 TFLOPS is also 180: the published one is shown
    [InlineData("CloudMatrix 384", "bf16DensePflops", 300)] // 384 x 780 would be 299.5
    [InlineData("Atlas 950 SuperPoD", "hbmCapacityTB", 1179.648)]
    public void APublishedSystemFigureAlwaysComesFirst(string system, string field, double value)
    {
        var figure = Figure(s_data, Get(system), field)!;
        Assert.Equal(value, figure.Value);
        Assert.NotEqual(Confidence.Derived, figure.Confidence);
    }

    [Theory]
    [InlineData("Ironwood pod", "bf16DensePflops")]       // Google gives the TPU v7 at FP8 only
    [InlineData("Atlas 950 SuperPoD", "bf16DensePflops")] // Huawei gives the 950DT at FP8 and FP4 only
    [InlineData("Vera Rubin NVL144", "bf16DensePflops")]
    [InlineData("Tianchi 256", "hbmCapacityTB")]          // the P800 has no sourced memory figure
    [InlineData("scaleX640", "bf16DensePflops")]          // no chip model is named
    public void NothingIsDerivedAcrossPrecisionsOrFromUnknownInputs(string system, string field)
    {
        Assert.Null(Figure(s_data, Get(system), field));
        Assert.Null(new ChipCluster(Get(system), s_data).WattsPerTflop);
    }

    // What each unit measures and its size in base units.
    private static readonly Dictionary<string, (string Measure, double Size)> s_units = new()
    {
        ["TFLOPS"] = ("compute", 1e12), ["PFLOPS"] = ("compute", 1e15),
        ["GB"] = ("memory", 1e9), ["TB"] = ("memory", 1e12), ["TB/s"] = ("bandwidth", 1e12),
    };

    [Fact]
    public void EachSystemFigureIsDeclaredOverTheChipFigureOfTheSameMeasureAndPrecision()
    {
        Assert.Equal(new[] { "bf16DensePflops", "fp8DensePflops", "fp4DensePflops", "hbmCapacityTB", "hbmBandwidthTBps" },
            RecordSchemas.Clusters.PerChipFigures.Select(f => f.Json));
        foreach (var field in RecordSchemas.Clusters.PerChipFigures)
        {
            var (chipField, scale) = field.PerChip!.Value;
            var system = s_units[field.Unit];
            var chip = s_units[RecordSchemas.Chips[chipField].Unit];
            Assert.Equal(system.Measure, chip.Measure);
            Assert.Equal(chip.Size / system.Size, scale, 12);
            if (system.Measure == "compute")
            {
                // bf16 from bf16, fp8 from fp8: never one precision from another.
                Assert.Equal(field.Json.Substring(0, 4), chipField.Substring(0, 4));
            }
        }
    }

    [Theory]
    [InlineData("DGX B300", "hbmCapacityTB", 2.16)]          // 8 x 270 GB
    [InlineData("KUAE 2.0", "hbmCapacityTB", 800)]           // 10,000 x 80 GB
    [InlineData("KUAE 2.0", "fp8DensePflops", 10_000)]       // 10,000 x 1,000 TFLOPS FP8
    [InlineData("Atlas 960 SuperPoD", "hbmBandwidthTBps", 148_684.8)] // 15,488 x 9.6 TB/s
    [InlineData("DGX H200", "fp8DensePflops", 15.832)]       // 8 x 1,979 TFLOPS FP8
    [InlineData("GB200 NVL72", "fp8DensePflops", 360)]       // 72 x 5,000 TFLOPS FP8
    public void DerivedFiguresAreTheCountTimesTheChipsFigure(string system, string field, double expected)
    {
        var figure = Figure(s_data, Get(system), field)!;
        Assert.Equal(expected, figure.Value);
        Assert.Equal(Confidence.Derived, figure.Confidence);
    }

    [Fact]
    public void WhatGetChipClusterShowsIsWhatCompareClusterCompares()
    {
        foreach (var cluster in s_data.Clusters)
        {
            var shown = new ChipCluster(cluster, s_data);
            foreach (var metric in Metric.All)
            {
                var property = typeof(ChipCluster).GetProperty(metric.Property)!.GetValue(shown);
                Assert.Equal(metric.Value(s_data, cluster), property is null ? null : Convert.ToDouble(property));
            }
        }
    }

    [Fact]
    public void DerivedFiguresBringTheirSourcesAndDisagreementsToTheSystem()
    {
        foreach (var cluster in s_data.Clusters)
        {
            var shown = new ChipCluster(cluster, s_data);
            foreach (var (field, fact) in ClusterFigures.AllDerived(s_data, cluster))
            {
                Assert.All(fact.Sources.Concat(fact.AlternativeSources.SelectMany(s => s)), s => Assert.Contains(s, shown.Sources));
                Assert.Equal(fact.HasAlternatives, shown.Alternatives?.Contains(field.Property + ": ") ?? false);
                Assert.InRange(fact.Value, field.Range!.Value.Min, field.Range.Value.Max);
            }
        }

        var kuae = new ChipCluster(Get("KUAE 2.0"), s_data);
        Assert.True(kuae.HasAlternatives);
        Assert.Contains("HbmCapacityTB: 800 TB (S161, S163, S193, S164); 640 TB (S161, S163, S181)", kuae.Alternatives);
        Assert.Contains("S231", new ChipCluster(Get("DGX H100"), s_data).Sources); // the H100's BF16 source
    }

    [Fact]
    public void DerivedValuesCarryNoFloatingPointNoiseAndNameTheOtherValues()
    {
        var ironwood = Figure(s_data, Get("Ironwood pod"), "hbmBandwidthTBps")!;
        Assert.Equal(67921.92, ironwood.Value); // 9,216 x 7.37, not 67,921.920000000006
        Assert.Equal("67921.92", ironwood.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));

        // The Rubin's 13 TB/s (S216) with 12 (S217) and 22 TB/s (S219) from other sources: all three, with sources.
        var text = new ChipCluster(Get("Vera Rubin NVL144"), s_data).DerivedFigures!;
        Assert.Contains("HbmBandwidthTBps: Derived, not published: 72 chips x 13 TB/s (Rubin hbmTBps) = 936 TB/s", text);
        Assert.Contains("Other sources give 864 TB/s (S216, S217); 1584 TB/s (S216, S217, S219).", text);
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    public void TheDerivedFiguresTextIsTheSameInEveryCulture(string culture)
    {
        var invariant = new ChipCluster(Get("DGX B200"), s_data).DerivedFigures;
        Assert.Equal(invariant, TestData.InCulture(culture, () => new ChipCluster(Get("DGX B200"), s_data).DerivedFigures));
        Assert.Contains("8 chips x 7.7 TB/s", invariant);
    }

    [Fact]
    public void TheShippedDataHoldsNoDerivedFigure()
    {
        // Derived figures are worked out by the module, never typed in as data.
        var stored = s_data.Clusters.Cast<WaicTools.Model.Record>().Concat(s_data.Chips).Concat(s_data.Organizations).Concat(s_data.Events)
            .SelectMany(r => r.Figures().Select(f => f.Fact))
            .ToArray();
        Assert.NotEmpty(stored);
        Assert.DoesNotContain(stored, f => f.Confidence == Confidence.Derived);
    }

    [Fact]
    public void ADerivedFigureCarriesEveryValueOfBothInputsIntoTheComparison()
    {
        var chip = TestData.Base.Replace(
            "\"bf16DenseTflops\": { \"value\": 1000, \"sources\": [\"S1\"], \"confidence\": \"High\", \"basis\": \"Reported\" }",
            "\"bf16DenseTflops\": { \"value\": 1000, \"sources\": [\"S1\"], \"confidence\": \"High\", \"basis\": \"Reported\", \"alternatives\": [ { \"value\": 800, \"sources\": [\"S6\"] } ] }");
        var unpublished = TestData.Cluster
            .Replace("\"chipCount\": { \"value\": 64, \"sources\": [\"S1\"], \"confidence\": \"High\", \"basis\": \"Reported\" },",
                "\"chipCount\": { \"value\": 64, \"sources\": [\"S2\"], \"confidence\": \"High\", \"basis\": \"Reported\", \"alternatives\": [ { \"value\": 32, \"sources\": [\"S3\"] } ] },")
            .Replace("\"bf16DensePflops\": { \"value\": 64, \"sources\": [\"S1\"], \"confidence\": \"High\", \"basis\": \"Reported\" },", "")
            .Replace("\"bf16Sparsity\": \"Dense\",", "");
        var reference = TestData.Cluster.Replace("test-system", "reference").Replace("Test System", "Reference");
        var data = TestData.Parse(("base.json", chip), ("clusters.json", "{ \"clusters\": [" + unpublished + "," + reference + "] }"));

        var derived = Figure(data, data.FindCluster("Test System")!, "bf16DensePflops")!;
        Assert.Equal(new[] { 64.0, 51.2, 32, 25.6 }, derived.Candidates);
        Assert.Equal(new[] { "S2", "S1" }, derived.Sources);                      // the count's, then the chip's
        Assert.Equal(new[] { "S2", "S6" }, derived.Alternatives[0].Sources);      // the count with the other chip figure
        Assert.Equal(new[] { "S3", "S1" }, derived.Alternatives[1].Sources);      // the other count with the chip figure
        Assert.Equal(new[] { "S3", "S6" }, derived.Alternatives[2].Sources);

        var metric = Metric.Select(new[] { "Bf16DensePflops" }, out _).Single();
        var row = Comparer.Compare(data, data.FindCluster("Reference")!, data.FindCluster("Test System")!, metric);
        Assert.Equal(1.0, row.Ratio!.Value, 9);
        Assert.Equal(64 / 64.0, row.RatioLow!.Value, 9);
        Assert.Equal(64 / 25.6, row.RatioHigh!.Value, 9);
        Assert.Contains("S6", row.Sources);
        Assert.Contains("S3", row.Sources);
    }
}
