using System.Management.Automation;
using WaicTools.Completion;
using WaicTools.Queries;
using WaicTools.Model;
using WaicTools.Data;

namespace WaicTools.Commands;

/// <summary>Compares cluster systems metric by metric, with ratios and which side is better.</summary>
/// <remarks>
/// <para>Compare-Cluster puts a reference system beside one or more others and emits one ClusterComparison row per metric and pair: both values, their unit, the ratio of the reference value to the other, which side is better and the name of the system that leads (Leader). For PowerKW and WattsPerTflop lower is better; for ChipCount and Racks neither direction is better, so Better and Leader stay empty unless the values are equal. Leader also stays empty when the values other sources give could reverse the order.</para>
/// <para>Compute is compared at each precision separately (Bf16DensePflops, Fp8DensePflops, Fp4DensePflops), never one precision against another. Caveats says, from the data, why a row may mislead: the statuses differ (announced against deployed), the compute bases differ (dense against a peak whose sparsity basis is not stated), a value is derived from the chip's figure or of low confidence, the two systems give compute only at different precisions, a ratio a source published differs from the recomputed one by more than a tenth, or the system's scope includes parts the data records (CloudMatrix 384's 16 racks include 4 switch racks). Where a source published the comparison, PublishedRatio and PublishedBy stand beside Ratio. A system is never compared with itself; -KnownOnly leaves out rows where a value is unknown.</para>
/// <para>Give names (wildcards allowed), ChipCluster objects from Get-ChipCluster, or any object with a Name property. Without -ReferenceObject, the first cluster that comes down the pipeline is the reference. The reference itself is always left out.</para>
/// <para>Where sources disagree on a value, RatioLow and RatioHigh give the range of ratios the alternative values allow, and Alternatives names each side's values with their sources. A metric unknown on one side still gets its row, with empty Ratio and Better.</para>
/// </remarks>
/// <example>
/// <code>Compare-Cluster 'CloudMatrix 384' 'GB200 NVL72'</code>
/// <para>Compares Huawei's CloudMatrix 384 with the Nvidia GB200 NVL72 on every metric: about 1.7 times the dense BF16 compute for about 3.9 to 5 times the power.</para>
/// </example>
/// <example>
/// <code>Get-ChipCluster 'GB200 NVL72' | Compare-Cluster -ReferenceObject 'CloudMatrix 384' -Property PowerKW, WattsPerTflop</code>
/// <para>Pipes the other system in and compares only power and efficiency.</para>
/// </example>
/// <example>
/// <code>Compare-Cluster 'CloudMatrix 384' '*' -Property ChipCount | Sort-Object Ratio -Descending | Select-Object Difference, Ratio</code>
/// <para>Compares CloudMatrix 384 with every other system by chip count, largest ratio first.</para>
/// </example>
/// <example>
/// <code>Compare-Cluster 'CloudMatrix 384' 'GB200 NVL72' | Where-Object HasAlternatives | Select-Object Property, Ratio, RatioLow, RatioHigh, Alternatives</code>
/// <para>Shows only the metrics where sources disagree, with the range of ratios their values allow.</para>
/// </example>
/// <example>
/// <code>Compare-Cluster 'Atlas 950 SuperPoD' 'Vera Rubin NVL144', 'GB300 NVL72' -KnownOnly | Format-List Difference, Property, Ratio, Leader, Caveats</code>
/// <para>Compares Huawei's Atlas 950 SuperPoD with two Nvidia racks on the metrics both sides give, each precision on its own, with the caveats that apply.</para>
/// </example>
/// <example>
/// <code>Compare-Cluster 'CloudMatrix 384' 'GB200 NVL72' | Export-Csv -Path cm384-vs-nvl72.csv</code>
/// <para>Saves the comparison for a spreadsheet; numbers are written in the current culture.</para>
/// </example>
[Cmdlet(VerbsData.Compare, "Cluster")]
[OutputType(typeof(ClusterComparison))]
public sealed class CompareClusterCommand : CompareCmdlet
{
    /// <summary>
    /// The system the others are measured against: a name (or a wildcard matching exactly one system) or a
    /// ChipCluster object. Without it, the first cluster that comes down the pipeline is the reference.
    /// </summary>
    [Parameter(Position = 0)]
    [ValidateNotNull]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(ClusterNameCompleter))]
    public object? ReferenceObject { get; set; }

    /// <summary>The systems compared with the reference: names, wildcards or ChipCluster objects.</summary>
    [Parameter(Position = 1, ValueFromPipeline = true)]
    [ValidateNotNull]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(ClusterNameCompleter))]
    public object[]? DifferenceObject { get; set; }

    /// <summary>The ChipCluster properties to compare (default: every comparable metric). Wildcards are permitted.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(ComparisonPropertyCompleter))]
    public string[]? Property { get; set; }

    /// <summary>Leaves out the rows where either system's value is unknown.</summary>
    [Parameter]
    public SwitchParameter KnownOnly { get; set; }

    private protected override RecordSchema Kind => RecordSchemas.Clusters;
    private protected override string Noun => "cluster system";
    private protected override string Expected => "a cluster name, a ChipCluster object from Get-ChipCluster, or an object with a Name property";
    private protected override string NotFoundId => ErrorIds.ChipClusterNotFound;
    private protected override string InvalidInputId => ErrorIds.InvalidClusterInput;
    private protected override object? ReferenceInput => ReferenceObject;
    private protected override object[]? DifferenceInput => DifferenceObject;
    private protected override string[]? PropertyInput => Property;
    private protected override bool KnownOnlyInput => KnownOnly;

    private protected override Side? FromObject(object? value) =>
        value is ChipCluster cluster ? new Side(cluster.Data, cluster.Record) : null;

    private protected override string? WrongKind(SourcedObject value) => value is Chip chip
        ? Say("'{0}' is a chip, not a cluster system: compare chips with Compare-Chip, or pipe it through Get-ChipCluster for the systems built on it.",
            chip.Name)
        : null;

    private protected override QueryResult<Record> Find(string name)
    {
        var result = ClusterQuery.Find(Dataset, new ClusterFilter { Names = new[] { name } });
        return new QueryResult<Record>(result.Items, result.NotFound);
    }

    private protected override string NotFound(string name) => ClusterNotFoundMessage(name);

    private protected override object Row(MetricComparison row) => new ClusterComparison(row);

    private protected override object Shown(Side side) => new ChipCluster((ClusterRecord)side.Record, side.Data);
}
