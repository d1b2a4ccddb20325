using System.Management.Automation;
using WaicTools.Completion;
using WaicTools.Queries;

namespace WaicTools.Commands;

/// <summary>
/// <para type="synopsis">Gets accelerator cluster systems ("supernodes") shown at or compared around WAIC 2025.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "ChipCluster")]
[OutputType(typeof(ChipCluster))]
public sealed class GetChipClusterCommand : WaicCmdlet
{
    /// <summary>Names or aliases of the systems to get. Wildcards are permitted.</summary>
    [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(ClusterNameCompleter))]
    public string[]? Name { get; set; }

    /// <summary>Keeps systems whose vendor matches. Wildcards are permitted.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(ClusterVendorCompleter))]
    public string[]? Vendor { get; set; }

    /// <summary>Keeps systems whose accelerator model matches. Wildcards are permitted.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(ClusterChipCompleter))]
    public string[]? Chip { get; set; }

    /// <summary>Keeps systems whose vendor's country matches. Wildcards are permitted.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(ClusterCountryCompleter))]
    public string[]? Country { get; set; }

    /// <summary>Keeps systems whose vendor or chip designer is a member of a matching alliance. Wildcards are permitted.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(AllianceNameCompleter))]
    public string[]? Alliance { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var filter = new ClusterFilter
        {
            Names = Name, Vendors = Vendor, Chips = Chip, Countries = Country, Alliances = Alliance,
        };
        WriteResult(ClusterQuery.Find(Dataset, filter), ErrorIds.ChipClusterNotFound, "chip cluster",
            "Get-ChipCluster", filter.HasFilters);
    }
}
