using System.Linq;
using System.Management.Automation;
using WaicTools.Completion;
using WaicTools.Model;
using WaicTools.Queries;

namespace WaicTools.Commands;

/// <summary>Gets the comparisons sources published between two cluster systems: who said CloudMatrix 384 draws 3.9 times the power.</summary>
/// <remarks>
/// <para>Get-WaicClaim emits each ratio a source published between two systems on one metric (SemiAnalysis: CloudMatrix 384 has 3.6 times the HBM of a GB200 NVL72), with its publisher, the property compared as Compare-Cluster names it, the notes on how the source compared, and the sources. Compare-Cluster shows the same claims as PublishedRatio and PublishedBy beside the ratio it recomputes from the dataset's figures, and adds a caveat where the two differ by more than a tenth.</para>
/// <para>-System matches the system on either side of the claim. An exact system name that is no system is reported with the error id ChipClusterNotFound; a known system that no source compared gives nothing.</para>
/// </remarks>
/// <example>
/// <code>Get-WaicClaim</code>
/// <para>Lists every published comparison in the dataset.</para>
/// </example>
/// <example>
/// <code>Get-WaicClaim | Where-Object PublishedBy -EQ Huawei | Select-Object System, Against, Property, Ratio, Notes</code>
/// <para>Shows what Huawei claimed for its own systems, and how it counted.</para>
/// </example>
/// <example>
/// <code>Get-ChipCluster 'CloudMatrix 384' | Get-WaicClaim -PublishedBy SemiAnalysis | Export-Csv -Path claims.csv</code>
/// <para>Saves SemiAnalysis's ratios for a piped system.</para>
/// </example>
/// <example>
/// <code>Get-WaicClaim -Property PowerKW | Get-Citation</code>
/// <para>Resolves the sources behind every published power ratio.</para>
/// </example>
[Cmdlet(VerbsCommon.Get, "WaicClaim", DefaultParameterSetName = ByName)]
[OutputType(typeof(PublishedClaim))]
public sealed class GetWaicClaimCommand : WaicCmdlet
{
    private const string ByName = nameof(ByName);
    private const string ByObject = nameof(ByObject);

    /// <summary>Names or aliases of a system on either side of the claim. Wildcards are permitted.</summary>
    [Parameter(Position = 0, ParameterSetName = ByName)]
    [ValidateNotNullOrEmpty]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(ClusterNameCompleter))]
    [Alias("Name")]
    public string[]? System { get; set; }

    /// <summary>WaicTools objects from the pipeline: a ChipCluster gives the claims about it; a PublishedClaim itself.</summary>
    [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = ByObject)]
    public PSObject? InputObject { get; set; }

    /// <summary>Keeps claims whose publisher matches. Wildcards are permitted.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(ClaimPublisherCompleter))]
    public string[]? PublishedBy { get; set; }

    /// <summary>Keeps claims on these Compare-Cluster properties. Wildcards are permitted.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(ComparisonPropertyCompleter))]
    public string[]? Property { get; set; }

    /// <inheritdoc />
    protected override void BeginProcessing()
    {
        WriteInvalidPatterns(nameof(PublishedBy), PublishedBy);
        WriteInvalidPatterns(nameof(Property), Property);
        WarnUnmatched(nameof(PublishedBy), "publisher of a claim", PublishedBy, () => Dataset.Claims.SelectMany(FilterValues.PublishedBy));
        Metric.Select(Property, out var unknown);
        if (unknown.Count > 0)
        {
            var message = Say("'{0}' is not a property Compare-Cluster compares, so no claim is about it. Use one of: {1}.",
                string.Join("', '", unknown), string.Join(", ", Metric.Names));
            ThrowTerminatingError(new ErrorRecord(new PSArgumentException(message, nameof(Property)),
                ErrorIds.InvalidComparisonProperty, ErrorCategory.InvalidArgument, unknown[0]));
        }
    }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var systems = System;
        if (ParameterSetName == ByObject)
        {
            var piped = NamesFromInput(InputObject, r => ClaimQuery.Related(Dataset, r, PublishedBy, Property),
                r => new PublishedClaim(r, Dataset), "a system name, a ChipCluster or a PublishedClaim");
            if (piped is null)
            {
                return;
            }

            systems = piped;
        }

        WriteInvalidPatterns(nameof(System), systems);
        var result = ClaimQuery.Find(Dataset, systems, PublishedBy, Property);
        foreach (var claim in result.Items)
        {
            WriteObject(new PublishedClaim(claim, Dataset));
        }

        // The names are of systems, so a miss is told against the systems' names.
        WriteNotFound(RecordSchemas.Clusters, result.NotFound, ErrorIds.ChipClusterNotFound, "chip cluster", "Get-ChipCluster", false);
    }
}
