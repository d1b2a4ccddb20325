using System.Linq;
using System.Management.Automation;
using WaicTools.Completion;
using WaicTools.Queries;
using WaicTools.Model;

namespace WaicTools.Commands;

/// <summary>Gets accelerator cluster systems ("supernodes") shown at or compared around WAIC 2025.</summary>
/// <remarks>
/// <para>Get-ChipCluster emits the cluster systems of the dataset, the largest first: every system the sources tie to the WAIC 2025 show floor (-ShownAt 'WAIC 2025'), the Chinese supernodes and clusters announced since, and the Nvidia, AMD and Google systems they are compared with. Figures are numbers with the unit in the property name; a figure no source gives is empty, and one that is chip count x the chip's published figure is named in DerivedFigures.</para>
/// <para>Filter by name or alias, vendor, chip, vendor country, alliance (systems whose vendor or chip designer is a member), the event a system was shown at (-ShownAt) or status (-Status). All accept wildcards and match case-insensitively in every culture. An exact name that matches nothing is reported with the error id ChipClusterNotFound and the pipeline goes on.</para>
/// <para>WattsPerTflop is PowerKW divided by Bf16DensePflops: watts per BF16 TFLOP/s (see Bf16Sparsity for whether the compute is dense). Sources lists the source ids behind the record; pipe the object to Get-Citation for the bibliography.</para>
/// </remarks>
/// <example>
/// <code>Get-ChipCluster</code>
/// <para>Lists every system, the largest first.</para>
/// </example>
/// <example>
/// <code>Get-ChipCluster -Country China | Sort-Object PowerKW -Descending | Select-Object Name, ChipCount, PowerKW</code>
/// <para>Sorts the Chinese systems by published power.</para>
/// </example>
/// <example>
/// <code>Get-ChipCluster | Group-Object Country | Select-Object Name, Count</code>
/// <para>Counts the systems per country.</para>
/// </example>
/// <example>
/// <code>Get-ChipCluster | Format-Table -View Power</code>
/// <para>Shows power, compute and efficiency side by side.</para>
/// </example>
/// <example>
/// <code>Get-Chip 'Ascend 910C' | Get-ChipCluster</code>
/// <para>Gets the systems built on the Ascend 910C; organisations, alliances and events (Get-WaicEvent) can be piped in the same way.</para>
/// </example>
/// <example>
/// <code>Get-ChipCluster -ShownAt 'WAIC 2025' -Status Shown, Deployed | Select-Object Name, Vendor, Status</code>
/// <para>Lists the systems on show at WAIC 2025 that were on display or in service.</para>
/// </example>
/// <example>
/// <code>Get-ChipCluster -Alliance 'Model-Chip*' | Export-Csv -Path model-chip-systems.csv</code>
/// <para>Saves the systems built or powered by members of the Model-Chip Ecosystem Innovation Alliance.</para>
/// </example>
[Cmdlet(VerbsCommon.Get, "ChipCluster", DefaultParameterSetName = ByName)]
[OutputType(typeof(ChipCluster))]
public sealed class GetChipClusterCommand : WaicCmdlet
{
    private const string ByName = nameof(ByName);
    private const string ByObject = nameof(ByObject);

    /// <summary>Names or aliases of the systems to get. Wildcards are permitted.</summary>
    [Parameter(Position = 0, ParameterSetName = ByName)]
    [ValidateNotNullOrEmpty]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(ClusterNameCompleter))]
    public string[]? Name { get; set; }

    /// <summary>
    /// From the pipeline: names, objects with a Name property (rows of Import-Csv), or WaicTools objects: a chip
    /// gives the systems built on it, an organisation the systems it makes, designs the chip of or partners in, an
    /// alliance the systems of its members, an event (Get-WaicEvent) the systems shown or unveiled there, a system itself.
    /// </summary>
    [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = ByObject)]
    public PSObject? InputObject { get; set; }

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

    /// <summary>Keeps systems shown at a matching event, by name or id (WAIC 2025, waic-2025). Wildcards are permitted.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(EventNameCompleter))]
    public string[]? ShownAt { get; set; }

    /// <summary>Keeps systems with one of these statuses: Announced, Shown or Deployed.</summary>
    [Parameter]
    public ClusterStatus[]? Status { get; set; }

    /// <inheritdoc />
    protected override void BeginProcessing()
    {
        WriteInvalidPatterns(nameof(ShownAt), ShownAt);
        WriteInvalidPatterns(nameof(Vendor), Vendor);
        WriteInvalidPatterns(nameof(Chip), Chip);
        WriteInvalidPatterns(nameof(Country), Country);
        WriteInvalidPatterns(nameof(Alliance), Alliance);
        WarnUnmatched(nameof(Vendor), "vendor", Vendor, () => Dataset.Clusters.SelectMany(c => FilterValues.Vendor(Dataset, c)));
        WarnUnmatched(nameof(Chip), "chip of a system", Chip, () => Dataset.Clusters.SelectMany(c => FilterValues.Chip(Dataset, c)));
        WarnUnmatched(nameof(Country), "vendor's country", Country, () => Dataset.Clusters.SelectMany(c => FilterValues.Country(Dataset, c)));
        WarnUnmatched(nameof(ShownAt), "event a system was shown at", ShownAt,
            () => Dataset.Clusters.SelectMany(c => FilterValues.ShownAt(Dataset, c)),
            value => Dataset.FindEvent(value) is not null); // the event's name, not its id
        WarnUnmatched(nameof(Alliance), "alliance", Alliance, () => FilterValues.Alliances(Dataset));
    }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var filter = new ClusterFilter
        {
            Names = Name, Vendors = Vendor, Chips = Chip, Countries = Country, Alliances = Alliance, ShownAt = ShownAt,
            Statuses = Status,
        };
        if (ParameterSetName == ByObject)
        {
            var piped = NamesFromInput(InputObject, r => ClusterQuery.Related(Dataset, r, filter), r => new ChipCluster(r, Dataset),
                "a cluster name, a ChipCluster, a Chip, an Organization, an Alliance or a WaicEvent");
            if (piped is null)
            {
                return;
            }

            filter.Names = piped;
        }

        WriteInvalidPatterns(nameof(Name), filter.Names);
        WriteResult(ClusterQuery.Find(Dataset, filter), r => new ChipCluster(r, Dataset), ErrorIds.ChipClusterNotFound, "chip cluster",
            "Get-ChipCluster", filter.HasFilters);
    }
}
