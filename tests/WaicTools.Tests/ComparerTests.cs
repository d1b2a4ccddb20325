using WaicTools.Data;
using WaicTools.Queries;
using Xunit;
using WaicTools.Model;

namespace WaicTools.Tests;

public class ComparerTests
{
    private static readonly Dataset s_data = DatasetLoader.LoadEmbedded();

    private static ClusterRecord Get(string name) =>
        ClusterQuery.Find(s_data, new ClusterFilter { Names = new[] { name } }).Items.Single();

    // The rows Compare-Cluster writes, by property.
    private static Dictionary<string, ClusterComparison> Rows(string reference, string difference) =>
        Comparer.Compare(s_data, Get(reference), Get(difference), Metric.All)
            .Select(r => new ClusterComparison(r)).ToDictionary(r => r.Property);

    [Fact]
    public void CloudMatrixAgainstNvl72MatchesThePublishedRatios()
    {
        var rows = Rows("CloudMatrix 384", "GB200 NVL72");

        Assert.Equal(Metric.All.Count, rows.Count);
        Assert.Equal(384.0 / 72, rows["ChipCount"].Ratio!.Value, 9);           // "five times as many" chips
        Assert.Equal(1.67, rows["Bf16DensePflops"].Ratio!.Value, 2);            // ~1.7x compute
        Assert.True(rows["HbmCapacityTB"].Ratio > 3.5);                         // >3.6x with 49.2 TB, ~3.56 here
        Assert.Equal(2.13, rows["HbmBandwidthTBps"].Ratio!.Value, 2);           // 2.1x
        Assert.Equal(3.86, rows["PowerKW"].Ratio!.Value, 2);                    // 3.9x (April figures)
        Assert.Equal(2.31, rows["WattsPerTflop"].Ratio!.Value, 2);              // 2.3x worse power per FLOP
    }

    [Fact]
    public void EachPublishedClaimSitsOnItsRowInBothDirectionsWithItsSources()
    {
        Assert.NotEmpty(s_data.Claims);
        foreach (var claim in s_data.Claims)
        {
            var system = (ClusterRecord)s_data.ById(RecordSchemas.Clusters, claim.SystemId);
            var against = (ClusterRecord)s_data.ById(RecordSchemas.Clusters, claim.AgainstId);
            var metric = Metric.All.Single(m => m.Property == claim.Property);
            var forward = Comparer.Compare(s_data, system, against, metric);
            var backward = Comparer.Compare(s_data, against, system, metric);

            Assert.Contains(forward.Published, p => p.Claim == claim && !p.Inverted && p.Ratio == claim.Ratio.Value);
            Assert.Contains(backward.Published, p => p.Claim == claim && p.Inverted && Math.Abs(p.Ratio * claim.Ratio.Value - 1) < 1e-12);
            Assert.All(claim.AllSourceIds(), id => Assert.Contains(id, forward.Sources));
        }
    }

    [Fact]
    public void SemiAnalysisRatiosForCloudMatrixAgreeWithTheDatasetsFiguresWithinATenth()
    {
        var rows = Rows("CloudMatrix 384", "GB200 NVL72").Values.Where(r => r.PublishedBy == "SemiAnalysis").ToArray();

        Assert.Equal(new[] { "Bf16DensePflops", "HbmCapacityTB", "HbmBandwidthTBps", "PowerKW", "WattsPerTflop" },
            rows.Select(r => r.Property));
        Assert.All(rows, r => Assert.InRange(r.PublishedRatio!.Value / r.Ratio!.Value, 0.9, 1.1));
        Assert.All(rows, r => Assert.DoesNotContain("Published ratio differs", r.Caveats ?? ""));
    }

    [Fact]
    public void APublishedRatioFarFromTheRecomputedOneIsACaveat()
    {
        var hbm = Rows("Atlas 950 SuperPoD", "Vera Rubin NVL144")["HbmCapacityTB"];

        Assert.Equal(15, hbm.PublishedRatio);
        Assert.Contains("Published ratio differs: Huawei gives 15x, the dataset's figures give 57x.", hbm.Caveats);
    }

    [Fact]
    public void ChipsAreComparedPerPackageAtOnePrecisionWithRangesFromEachSidesExtremes()
    {
        var ascend = s_data.FindChip("Ascend 910C")!;
        var h100 = s_data.FindChip("H100")!;
        var rows = Comparer.Compare(s_data, ascend, h100, Metric.Chips).ToDictionary(r => r.Metric.Property);

        Assert.Equal(RecordSchemas.Chips.Metrics.Select(f => f.Property), rows.Keys);
        Assert.Equal(1.6, rows["HbmGB"].Ratio!.Value, 9);
        Assert.Equal(96.0 / 80, rows["HbmGB"].RatioLow!.Value, 9);     // the other source's 96 GB
        Assert.Equal("Ascend 910C", rows["HbmGB"].Leader);
        Assert.Equal("H100", rows["Bf16DenseTflops"].Leader);
        Assert.Null(rows["Fp8DenseTflops"].Ratio);                        // neither gives FP8; BF16 is not halved into it
        Assert.Empty(rows["HbmGB"].Published);                           // claims are about systems
        Assert.Contains("Compute basis differs", rows["Bf16DenseTflops"].Caveats);
    }

    [Fact]
    public void LowerIsBetterForPowerAndWattsPerTflop()
    {
        var rows = Rows("CloudMatrix 384", "GB200 NVL72");

        Assert.Equal(BetterSide.Reference, rows["Bf16DensePflops"].Better);
        Assert.Equal(BetterSide.Difference, rows["PowerKW"].Better);
        Assert.Equal(BetterSide.Difference, rows["WattsPerTflop"].Better);
        Assert.Equal(BetterWhen.Lower, rows["PowerKW"].BetterWhen);
        Assert.Null(rows["ChipCount"].Better); // more chips is not better by itself

        var reversed = Rows("GB200 NVL72", "CloudMatrix 384");
        Assert.Equal(BetterSide.Reference, reversed["PowerKW"].Better);
        Assert.Equal(1 / rows["PowerKW"].Ratio!.Value, reversed["PowerKW"].Ratio!.Value, 12);
    }

    [Fact]
    public void AMetricUnknownOnOneSideKeepsItsRowWithoutRatio()
    {
        var rows = Rows("CloudMatrix 384", "MetaX Supernode Cabinet");

        var power = rows["PowerKW"];
        Assert.Equal(559, power.ReferenceValue);
        Assert.Null(power.DifferenceValue);
        Assert.Null(power.Ratio);
        Assert.Null(power.Better);
        Assert.Equal(3.0, rows["ChipCount"].Ratio);
    }

    [Fact]
    public void ASystemComparedWithItselfIsEqualEverywhereItIsKnown()
    {
        var rows = Rows("GB200 NVL72", "GB200 NVL72").Values;
        var known = rows.Where(r => r.ReferenceValue is not null).ToList();

        Assert.NotEmpty(known);
        Assert.All(known, r => Assert.Equal(BetterSide.Equal, r.Better));
        Assert.All(known, r => Assert.Equal(1.0, r.Ratio));
        Assert.All(rows.Except(known), r => Assert.Null(r.Better));
    }

    [Theory]
    [InlineData(1.0, 0.0, BetterWhen.Higher, BetterSide.Reference)]
    [InlineData(2.0, 3.0, BetterWhen.Higher, BetterSide.Difference)]
    [InlineData(2.0, 3.0, BetterWhen.Lower, BetterSide.Reference)]
    [InlineData(0.1 + 0.2, 0.3, BetterWhen.Lower, BetterSide.Equal)]
    [InlineData(5.0, 6.0, BetterWhen.None, null)]
    public void BetterFollowsTheMetricsDirection(double left, double right, BetterWhen when, BetterSide? expected)
    {
        Assert.Equal(expected, Comparer.Better(left, right, when));
    }

    [Fact]
    public void NoOneLeadsWhenTheValuesOfOtherSourcesCouldReverseTheOrder()
    {
        // The reference's power is 50.5 kW, or 60 by another source; the other system's is 55: the range crosses 1.
        var other = TestData.Cluster.Replace("test-system", "other").Replace("Test System", "Other")
            .Replace("50.5", "55").Replace("[ { \"value\": 60, \"sources\": [\"S3\"] } ]", "[]");
        var data = TestData.ParseClusters(TestData.Cluster, other);
        var metric = Metric.Select(new[] { "PowerKW" }, out _).Single();

        var row = Comparer.Compare(data, data.FindCluster("Test System")!, data.FindCluster("Other")!, metric);
        Assert.Equal(55, row.DifferenceValue);
        Assert.Equal(BetterSide.Reference, row.Better);   // 50.5 against 55, as before
        Assert.True(row.RatioLow < 1 && row.RatioHigh > 1);
        Assert.Null(row.Leader);
        Assert.Contains("Sources disagree on which system leads", row.Caveats);

        var clear = Comparer.Compare(data, data.FindCluster("Other")!, data.FindCluster("Test System")!,
            Metric.Select(new[] { "Bf16DensePflops" }, out _).Single());
        Assert.Equal("Equal", clear.Leader);
        Assert.Null(clear.Caveats);
    }

    [Fact]
    public void AZeroDifferenceValueGivesNoRatio()
    {
        var data = TestData.ParseClusters(TestData.Cluster);
        var cluster = data.Clusters[0];
        var metric = Metric.Select(new[] { "PowerKW" }, out _).Single();

        var row = Comparer.Compare(data, cluster, cluster, metric);
        Assert.Equal(1.0, row.Ratio);
        Assert.Equal("kW", row.Metric.Unit);
    }

    [Fact]
    public void PropertiesAreChosenByNameOrWildcardInReportOrder()
    {
        var chosen = Metric.Select(new[] { "powerkw", "Hbm*" }, out var unknown);

        Assert.Equal(new[] { "HbmCapacityTB", "HbmBandwidthTBps", "PowerKW" }, chosen.Select(m => m.Property));
        Assert.Empty(unknown);

        Metric.Select(new[] { "Price", "Power*" }, out unknown);
        Assert.Equal(new[] { "Price" }, unknown);
    }

    [Fact]
    public void EveryMetricNamesARealChipClusterProperty()
    {
        var properties = typeof(ChipCluster).GetProperties().Select(p => p.Name).ToHashSet();
        Assert.All(Metric.All, m => Assert.Contains(m.Property, properties));
    }
}
