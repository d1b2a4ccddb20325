using WaicTools.Data;
using WaicTools.Queries;
using Xunit;
using WaicTools.Model;

namespace WaicTools.Tests;

public class QueryTests
{
    private static readonly Dataset s_data = DatasetLoader.LoadEmbedded();

    // What Get-ChipCluster -Name hands out: the query's records, each as a fresh output object.
    private static QueryResult<ChipCluster> Clusters(params string[] names)
    {
        var found = ClusterQuery.Find(s_data, new ClusterFilter { Names = names });
        return new QueryResult<ChipCluster>(found.Items.Select(r => new ChipCluster(r, s_data)).ToArray(), found.NotFound);
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    public void NamesMatchIgnoringCaseInEveryCulture(string culture)
    {
        var result = TestData.InCulture(culture, () => Clusters("CLOUDMATRIX 384", "gb200 nvl72", "LIGHTSPHERE*"));

        Assert.Equal(new[] { "CloudMatrix 384", "GB200 NVL72", "LightSphere X" }, result.Items.Select(c => c.Name));
        Assert.Empty(result.NotFound);
    }

    [Fact]
    public void AnExactNameThatMatchesNothingIsReportedAndTheOthersStillCome()
    {
        var result = Clusters("Nope", "GB200 NVL72", "Missing");

        Assert.Equal("GB200 NVL72", Assert.Single(result.Items).Name);
        Assert.Equal(new[] { "Nope", "Missing" }, result.NotFound);
    }

    [Fact]
    public void AWildcardThatMatchesNothingIsQuiet()
    {
        var result = Clusters("Zzz*");

        Assert.Empty(result.Items);
        Assert.Empty(result.NotFound);
    }

    [Fact]
    public void AliasesFindTheSystem()
    {
        Assert.Equal("CloudMatrix 384", Assert.Single(Clusters("Atlas 900 A3 SuperPoD").Items).Name);
    }

    [Fact]
    public void ResultsFollowTheOrderOfTheNamesAndComeOnce()
    {
        var result = Clusters("GB200 NVL72", "CloudMatrix 384", "GB*NVL72");

        Assert.Equal(new[] { "GB200 NVL72", "CloudMatrix 384", "GB300 NVL72" }, result.Items.Select(c => c.Name));
    }

    [Fact]
    public void WithoutNamesEverySystemComesLargestFirst()
    {
        var all = Clusters().Items;

        Assert.Equal(s_data.Clusters.Count, all.Count);
        Assert.Equal("Atlas 950 SuperCluster", all[0].Name);
        var counts = all.Select(c => c.ChipCount ?? -1).ToArray();
        Assert.Equal(counts.OrderByDescending(c => c), counts);
    }

    [Fact]
    public void SystemsOfEqualSizeComeByNameAndUnknownSizesLast()
    {
        // Forty systems of four sizes (one unknown), given in a shuffled order: the dataset's order is the one a
        // stable sort by size, then name, gives, whatever order the file holds them in.
        var random = new Random(7);
        var clusters = Enumerable.Range(0, 40).OrderBy(_ => random.Next()).Select(i =>
        {
            var json = TestData.Cluster.Replace("test-system", $"system-{i}").Replace("Test System", $"System {i:D2}");
            return i % 4 == 3
                ? json.Replace("\"chipCount\": { \"value\": 64, \"sources\": [\"S1\"], \"confidence\": \"High\", \"basis\": \"Reported\" },", "")
                : json.Replace("\"value\": 64,", $"\"value\": {8 << (i % 4)},");
        }).ToArray();

        var names = TestData.ParseClusters(clusters).Clusters.Select(c => c.Name).ToArray();

        var expected = Enumerable.Range(0, 40)
            .OrderByDescending(i => i % 4 == 3 ? -1 : 8 << (i % 4))
            .ThenBy(i => $"System {i:D2}", StringComparer.OrdinalIgnoreCase)
            .Select(i => $"System {i:D2}");
        Assert.Equal(expected, names);
    }

    [Fact]
    public void VendorChipAndCountryFiltersCombine()
    {
        var american = ClusterQuery.Find(s_data, new ClusterFilter { Countries = new[] { "united*" } }).Items;
        Assert.Contains(american, c => c.Name == "GB200 NVL72");
        Assert.All(american, c => Assert.Contains(c.VendorId, new[] { "nvidia", "amd", "google" }));
        Assert.Equal(new[] { "GB200 NVL72" },
            ClusterQuery.Find(s_data, new ClusterFilter { Countries = new[] { "united*" }, Chips = new[] { "b200" } }).Items.Select(c => c.Name));
        Assert.Equal(new[] { "CloudMatrix 384" },
            ClusterQuery.Find(s_data, new ClusterFilter { Chips = new[] { "ascend 910c" } }).Items.Select(c => c.Name));
        Assert.Empty(ClusterQuery.Find(s_data, new ClusterFilter { Vendors = new[] { "Huawei" }, Countries = new[] { "United States" } }).Items);
    }

    [Fact]
    public void AnExactNameHiddenByAFilterIsReported()
    {
        var result = ClusterQuery.Find(s_data, new ClusterFilter { Names = new[] { "GB200 NVL72" }, Vendors = new[] { "Huawei" } });

        Assert.Empty(result.Items);
        Assert.Equal(new[] { "GB200 NVL72" }, result.NotFound);
    }

    [Fact]
    public void WattsPerTflopIsPowerOverDenseCompute()
    {
        var cm384 = Clusters("CloudMatrix 384").Items[0];

        Assert.Equal(559.0 / 300.0, cm384.WattsPerTflop!.Value, 12);
        Assert.Null(Clusters("MetaX Supernode Cabinet").Items[0].WattsPerTflop); // no power figure published
    }

    [Fact]
    public void SourcesGatherRecordAndFigureSourcesInNumberOrder()
    {
        var sources = Clusters("CloudMatrix 384").Items[0].Sources;

        Assert.Contains("S9", sources);   // the revised power figure
        Assert.Contains("S69", sources);  // the HBM figure in its published "48 TB" form
        Assert.Contains("S20", sources);  // the announcement date
        var numbers = sources.Select(s => int.Parse(s.Substring(1))).ToArray();
        Assert.Equal(numbers.OrderBy(n => n), numbers);
        Assert.Equal(numbers.Distinct().Count(), numbers.Length);
    }

    [Fact]
    public void EachQueryHandsOutFreshObjects()
    {
        Assert.NotSame(Clusters("GB200 NVL72").Items[0], Clusters("GB200 NVL72").Items[0]);
    }

    [Fact]
    public void ListsJoinWithSemicolonsAndCannotBeChanged()
    {
        var alliance = new Alliance(AllianceQuery.Find(s_data, new[] { "Model-Chip*" }, null).Items[0], s_data);

        Assert.Equal(10, alliance.MemberCount);
        Assert.StartsWith("StepFun; Huawei; MetaX", alliance.Members.ToString());
        Assert.IsNotAssignableFrom<IList<string>>(alliance.Members);
        Assert.IsNotAssignableFrom<ICollection<string>>(alliance.Members);
    }

    [Theory]
    [InlineData("StepFun", 2)]
    [InlineData("stepfun", 2)]
    [InlineData("Huawei", 1)]
    [InlineData("Iluvatar*", 2)]
    [InlineData("SenseTime", 1)]
    [InlineData("Nvidia", 0)]
    public void MemberFiltersFindTheAlliancesOfACompany(string member, int expected)
    {
        Assert.Equal(expected, AllianceQuery.Find(s_data, null, new[] { member }).Items.Count);
    }

    [Fact]
    public void AllianceNamesMatchAliasesAndReportMisses()
    {
        var result = AllianceQuery.Find(s_data, new[] { "MODEL-CHIPS ECOSYSTEM INNOVATION ALLIANCE", "No Such Alliance" }, null);

        Assert.Equal("Model-Chip Ecosystem Innovation Alliance", Assert.Single(result.Items).Name);
        Assert.Equal(new[] { "No Such Alliance" }, result.NotFound);
    }
}
