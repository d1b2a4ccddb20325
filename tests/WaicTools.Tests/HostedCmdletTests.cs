using System.Management.Automation;
using System.Management.Automation.Runspaces;
using WaicTools.Commands;
using WaicTools.Data;
using WaicTools.Queries;
using Xunit;
using WaicTools.Model;

namespace WaicTools.Tests;

/// <summary>The cmdlets inside a real in-process PowerShell, with the module's format and types files.</summary>
public sealed class HostedCmdletTests : IDisposable
{
    private readonly Runspace _runspace;

    public HostedCmdletTests()
    {
        var state = InitialSessionState.CreateDefault2();
        state.Commands.Add(new SessionStateCmdletEntry("Get-ChipCluster", typeof(GetChipClusterCommand), null));
        state.Commands.Add(new SessionStateCmdletEntry("Get-Alliance", typeof(GetAllianceCommand), null));
        state.Commands.Add(new SessionStateCmdletEntry("Compare-Cluster", typeof(CompareClusterCommand), null));
        var module = Path.Combine(AppContext.BaseDirectory, "module");
        state.Formats.Add(new SessionStateFormatEntry(Path.Combine(module, "WaicTools.Format.ps1xml")));
        state.Types.Add(new SessionStateTypeEntry(Path.Combine(module, "WaicTools.Types.ps1xml")));
        _runspace = RunspaceFactory.CreateRunspace(state);
        _runspace.Open();
    }

    public void Dispose() => _runspace.Dispose();

    private (List<PSObject> Output, List<ErrorRecord> Errors) Run(string script)
    {
        using var ps = PowerShell.Create();
        ps.Runspace = _runspace;
        ps.AddScript(script);
        var output = ps.Invoke().ToList();
        return (output, ps.Streams.Error.ToList());
    }

    [Fact]
    public void NotFoundIsANonTerminatingErrorAndThePipelineGoesOn()
    {
        var (output, errors) = Run("'Nope', 'GB200 NVL72' | Get-ChipCluster");

        Assert.Equal("GB200 NVL72", ((ChipCluster)Assert.Single(output).BaseObject).Name);
        var error = Assert.Single(errors);
        Assert.Equal("ChipClusterNotFound,WaicTools.Commands.GetChipClusterCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
        Assert.Equal("Nope", error.TargetObject);
        Assert.Contains("'Nope'", error.Exception.Message);
    }

    [Fact]
    public void AllianceNotFoundHasItsOwnId()
    {
        var (output, errors) = Run("Get-Alliance -Name 'No Such Alliance', 'Model-Chip*'");

        Assert.Single(output);
        Assert.Equal("AllianceNotFound,WaicTools.Commands.GetAllianceCommand", Assert.Single(errors).FullyQualifiedErrorId);
    }

    [Fact]
    public void ClustersBindByPropertyName()
    {
        var (output, errors) = Run("Get-ChipCluster 'GB200 NVL72' | Get-ChipCluster");

        Assert.Empty(errors);
        Assert.Single(output);
    }

    [Fact]
    public void EveryFormOfCompareClusterAgrees()
    {
        string[] forms =
        {
            "Compare-Cluster 'CloudMatrix 384' 'GB200 NVL72'",
            "Compare-Cluster -ReferenceObject 'CloudMatrix 384' -DifferenceObject 'GB200 NVL72'",
            "Get-ChipCluster 'GB200 NVL72' | Compare-Cluster -ReferenceObject 'CloudMatrix 384'",
            "Get-ChipCluster 'CloudMatrix 384','GB200 NVL72' | Compare-Cluster",
            "Compare-Cluster (Get-ChipCluster 'CloudMatrix 384') (Get-ChipCluster 'GB200 NVL72')",
            "[pscustomobject]@{ Name = 'GB200 NVL72' } | Compare-Cluster 'cloudmatrix 384'",
        };

        var expected = Describe(Run(forms[0]).Output);
        Assert.Equal(Metric.All.Count, expected.Count);
        foreach (var form in forms)
        {
            var (output, errors) = Run(form);
            Assert.Empty(errors);
            Assert.Equal(expected, Describe(output));
        }
    }

    [Fact]
    public void SeveralDifferencesGiveRowsForEachPair()
    {
        var (output, errors) = Run("Compare-Cluster 'CloudMatrix 384' 'GB200 NVL72', 'MetaX*' -Property PowerKW, ChipCount");

        Assert.Empty(errors);
        Assert.Equal(
            new[] { "GB200 NVL72/ChipCount", "GB200 NVL72/PowerKW", "MetaX Supernode Cabinet/ChipCount", "MetaX Supernode Cabinet/PowerKW" },
            output.Select(o => (ClusterComparison)o.BaseObject).Select(r => r.Difference + "/" + r.Property));
    }

    [Fact]
    public void AnUnknownPropertyStopsCompareClusterWithItsId()
    {
        var (output, _) = Run("try { Compare-Cluster 'CloudMatrix 384' 'GB200 NVL72' -Property Price } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.Category.ToString() }");

        Assert.Equal(new[] { "InvalidComparisonProperty,WaicTools.Commands.CompareClusterCommand", "InvalidArgument" },
            output.Select(o => o.ToString()));
    }

    [Fact]
    public void AMissingDifferenceIsReported()
    {
        var (output, errors) = Run("Get-ChipCluster 'CloudMatrix 384' | Compare-Cluster");

        Assert.Empty(output);
        Assert.Equal("DifferenceObjectMissing,WaicTools.Commands.CompareClusterCommand", Assert.Single(errors).FullyQualifiedErrorId);
    }

    [Fact]
    public void AnAmbiguousReferenceIsRejected()
    {
        var (output, _) = Run("try { Compare-Cluster '*' 'GB200 NVL72' } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }");

        Assert.Equal("AmbiguousReference,WaicTools.Commands.CompareClusterCommand", output[0].ToString());
        Assert.Contains($"matches {DatasetLoader.LoadEmbedded().Clusters.Count} cluster systems", output[1].ToString());
    }

    [Fact]
    public void TheDefaultTableShowsTheAnalystColumns()
    {
        var text = string.Concat(Run("Get-ChipCluster | Out-String -Width 200").Output.Select(o => o.ToString()));
        var header = text.Split('\n').Select(l => l.Trim()).First(l => l.StartsWith("Name"));

        Assert.Equal(new[] { "Name", "Chips", "BF16", "PF", "FP8", "PF", "HBM", "TB", "kW", "Status" },
            header.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("75,497.5", text);
    }

    private static List<string> Describe(IEnumerable<PSObject> rows) => rows
        .Select(o => (ClusterComparison)o.BaseObject)
        .Select(r => FormattableString.Invariant($"{r.Reference}|{r.Difference}|{r.Property}|{r.ReferenceValue}|{r.DifferenceValue}|{r.Ratio}|{r.Better}"))
        .ToList();
}
