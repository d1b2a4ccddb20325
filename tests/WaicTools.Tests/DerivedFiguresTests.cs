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

    [Fact]
    public void EveryDerivedFigureIsTheChipFigureAtTheSamePrecision()
    {
        foreach (var cluster in s_data.Clusters)
        {
            foreach (var field in RecordSchemas.Clusters.PerChipFigures)
            {
                if (ClusterFigures.Derived(s_data, cluster, field) is not { } derived)
                {
                    continue;
                }

                var chip = s_data.Chip(cluster.ChipId!);
                var perChip = (Fact<double>)RecordSchemas.Chips[field.PerChip!.Value.ChipField].Get(chip)!;
                Assert.Equal(perChip.Value * cluster.ChipCount!.Value * field.PerChip.Value.Scale, derived.Value, 6);
                Assert.Null(field.Get(cluster));
            }
        }
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
    public void ADerivedFigureCarriesTheChipsAlternativesIntoTheComparison()
    {
        var chip = TestData.Base.Replace(
            "\"bf16DenseTflops\": { \"value\": 1000, \"sources\": [\"S1\"], \"confidence\": \"High\", \"basis\": \"Reported\" }",
            "\"bf16DenseTflops\": { \"value\": 1000, \"sources\": [\"S1\"], \"confidence\": \"High\", \"basis\": \"Reported\", \"alternatives\": [ { \"value\": 800, \"sources\": [\"S6\"] } ] }");
        var unpublished = TestData.Cluster
            .Replace("\"bf16DensePflops\": { \"value\": 64, \"sources\": [\"S1\"], \"confidence\": \"High\", \"basis\": \"Reported\" },", "")
            .Replace("\"bf16Sparsity\": \"Dense\",", "");
        var reference = TestData.Cluster.Replace("test-system", "reference").Replace("Test System", "Reference");
        var data = TestData.Parse(("base.json", chip), ("clusters.json", "{ \"clusters\": [" + unpublished + "," + reference + "] }"));

        var derived = Figure(data, data.FindCluster("Test System")!, "bf16DensePflops")!;
        Assert.Equal(new[] { 64.0, 51.2 }, derived.Candidates);
        Assert.Equal(new[] { "S1", "S6" }, derived.Alternatives[0].Sources.Concat(derived.Sources).Distinct().OrderBy(s => s));

        var metric = ClusterMetric.Select(new[] { "Bf16DensePflops" }, out _).Single();
        var row = ClusterComparer.Compare(data, data.FindCluster("Reference")!, data.FindCluster("Test System")!, metric);
        Assert.Equal(1.0, row.Ratio!.Value, 9);
        Assert.Equal(64 / 64.0, row.RatioLow!.Value, 9);
        Assert.Equal(64 / 51.2, row.RatioHigh!.Value, 9);
        Assert.Contains("S6", row.Sources);
    }
}
