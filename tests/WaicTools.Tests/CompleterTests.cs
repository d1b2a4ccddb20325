using System.Collections;
using WaicTools.Data;
using WaicTools.Completion;
using Xunit;
using WaicTools.Model;

namespace WaicTools.Tests;

public class CompleterTests
{
    private static string[] Complete(string word, IDictionary? bound = null) =>
        new ClusterNameCompleter().Complete(word, bound).Select(r => r.CompletionText).ToArray();

    [Fact]
    public void NamesWithSpacesAreQuoted()
    {
        Assert.Equal(new[] { "'CloudMatrix 384'" }, Complete("Cloud"));
    }

    [Theory]
    [InlineData("'cloud")]
    [InlineData("\"CLOUD")]
    [InlineData("'CloudMatrix 384'")]
    public void TheQuoteTheUserTypedIsDropped(string word)
    {
        Assert.Equal(new[] { "'CloudMatrix 384'" }, Complete(word));
    }

    [Fact]
    public void AnEmptyWordOffersEverySystem()
    {
        Assert.Equal(DatasetLoader.LoadEmbedded().Clusters.Count, Complete("").Length);
        Assert.Contains("'Atlas 950 SuperPoD'", Complete(""));
    }

    [Fact]
    public void ATypedVendorNarrowsTheNames()
    {
        var data = DatasetLoader.LoadEmbedded();
        string[] Of(params string[] vendors) => data.Clusters.Where(c => vendors.Contains(c.VendorId)).Select(c => Completer.Quote(c.Name)).ToArray();

        var nvidia = Complete("", new Hashtable { ["Vendor"] = "Nvidia" });
        Assert.Contains("'GB200 NVL72'", nvidia);
        Assert.DoesNotContain("'CloudMatrix 384'", nvidia);
        Assert.Equal(Of("nvidia").OrderBy(n => n, StringComparer.Ordinal), nvidia.OrderBy(n => n, StringComparer.Ordinal));
        Assert.Equal(Of("huawei", "metax").Length, Complete("", new Hashtable { ["Vendor"] = new object[] { "Huawei", "MetaX" } }).Length);
    }

    [Theory]
    [InlineData("Huawei", "Huawei")]
    [InlineData("it's", "'it''s'")]
    [InlineData("a b", "'a b'")]
    [InlineData("x$y", "'x$y'")]
    [InlineData("-Name", "'-Name'")]
    public void QuotingEscapesWhatPowerShellWouldInterpret(string value, string expected)
    {
        Assert.Equal(expected, Completer.Quote(value));
    }

    [Fact]
    public void ComparisonPropertiesAreOffered()
    {
        var results = new ComparisonPropertyCompleter()
            .CompleteArgument("Compare-Cluster", "Property", "Hbm", null!, new Hashtable())
            .Select(r => r.CompletionText);

        Assert.Equal(new[] { "HbmBandwidthTBps", "HbmCapacityTB" }, results);
    }

    [Fact]
    public void MembersAreOfferedOnce()
    {
        var results = new AllianceMemberCompleter()
            .CompleteArgument("Get-Alliance", "Member", "Step", null!, new Hashtable())
            .Select(r => r.CompletionText);

        Assert.Equal(new[] { "StepFun" }, results);
    }
}
