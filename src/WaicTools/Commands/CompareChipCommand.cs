using System.Management.Automation;
using WaicTools.Completion;
using WaicTools.Data;
using WaicTools.Model;
using WaicTools.Queries;

namespace WaicTools.Commands;

/// <summary>Compares chips metric by metric, per package, with ratios, the chip that leads and why a row may mislead.</summary>
/// <remarks>
/// <para>Compare-Chip puts a reference chip beside one or more others and emits one ChipComparison row per metric and pair: both values, their unit, the ratio of the reference value to the other, which side is better and the name of the chip that leads (Leader). For TdpW lower is better; for DiesPerPackage neither direction is better, so Better and Leader stay empty unless the values are equal. Leader also stays empty when the values other sources give could reverse the order.</para>
/// <para>Compute is compared at each precision separately (Bf16DenseTflops, Fp8DenseTflops, Fp4DenseTflops), never one precision against another: an FP8 figure is not twice a BF16 one. Caveats says, from the data, why a row may mislead: the compute bases differ (dense against a peak whose sparsity basis is not stated), a value is of low confidence, the sources disagree on who leads, or the two chips give compute only at different precisions. A chip is never compared with itself; -KnownOnly leaves out rows where a value is unknown.</para>
/// <para>Give names or aliases (wildcards allowed), Chip objects from Get-Chip, or any object with a Name property. Without -ReferenceObject, the first chip that comes down the pipeline is the reference. Where sources disagree on a value, RatioLow and RatioHigh give the range of ratios the alternative values allow, and Alternatives names each side's values with their sources.</para>
/// <para>An exact name that matches no chip is reported with the error id ChipNotFound; the other chips are still compared.</para>
/// </remarks>
/// <example>
/// <code>Compare-Chip 'Ascend 910C' H100</code>
/// <para>Compares Huawei's Ascend 910C with Nvidia's H100 on every metric, per package.</para>
/// </example>
/// <example>
/// <code>Get-ChipCluster 'CloudMatrix 384', 'GB200 NVL72' | Get-Chip | Compare-Chip -Property Bf16DenseTflops, HbmGB, HbmTBps</code>
/// <para>Compares the chips inside two systems, the first piped chip against the second, on compute and memory.</para>
/// </example>
/// <example>
/// <code>Compare-Chip H20 'Ascend*', 'MLU*' -Property Bf16DenseTflops -KnownOnly | Sort-Object Ratio | Select-Object Difference, Ratio, Leader</code>
/// <para>Sets the H20, the part Nvidia made for China, beside Huawei's and Cambricon's chips on dense BF16 compute.</para>
/// </example>
/// <example>
/// <code>Compare-Chip 'Ascend 950DT' 'B200', 'Rubin' | Where-Object Caveats | Format-List Difference, Property, Ratio, Caveats</code>
/// <para>Shows only the rows that carry a caveat, such as a compute basis that differs.</para>
/// </example>
/// <example>
/// <code>Compare-Chip 'Ascend 910C' 'H100', 'H20', 'B200' | Export-Csv -Path ascend-vs-nvidia.csv</code>
/// <para>Saves the comparison for a spreadsheet; numbers are written in the current culture.</para>
/// </example>
[Cmdlet(VerbsData.Compare, "Chip")]
[OutputType(typeof(ChipComparison))]
public sealed class CompareChipCommand : CompareCmdlet
{
    /// <summary>
    /// The chip the others are measured against: a name or alias (or a wildcard matching exactly one chip) or a Chip
    /// object. Without it, the first chip that comes down the pipeline is the reference.
    /// </summary>
    [Parameter(Position = 0)]
    [ValidateNotNull]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(ChipNameCompleter))]
    public object? ReferenceObject { get; set; }

    /// <summary>The chips compared with the reference: names, wildcards, Chip objects, or ChipCluster objects (their chip).</summary>
    [Parameter(Position = 1, ValueFromPipeline = true)]
    [ValidateNotNull]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(ChipNameCompleter))]
    public object[]? DifferenceObject { get; set; }

    /// <summary>The Chip properties to compare (default: every comparable metric). Wildcards are permitted.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(ChipComparisonPropertyCompleter))]
    public string[]? Property { get; set; }

    /// <summary>Leaves out the rows where either chip's value is unknown.</summary>
    [Parameter]
    public SwitchParameter KnownOnly { get; set; }

    private protected override RecordSchema Kind => RecordSchemas.Chips;
    private protected override string Noun => "chip";
    private protected override string Expected => "a chip name, a Chip object from Get-Chip, a ChipCluster (for its chip), or an object with a Name property";
    private protected override string NotFoundId => ErrorIds.ChipNotFound;
    private protected override string InvalidInputId => ErrorIds.InvalidChipInput;
    private protected override object? ReferenceInput => ReferenceObject;
    private protected override object[]? DifferenceInput => DifferenceObject;
    private protected override string[]? PropertyInput => Property;
    private protected override bool KnownOnlyInput => KnownOnly;

    // A system stands for its chip, as with Get-Chip.
    private protected override Side? FromObject(object? value) => value switch
    {
        Chip chip => new Side(chip.Data, chip.Record),
        ChipCluster { Record.ChipId: { } id } cluster => new Side(cluster.Data, cluster.Data.Chip(id)),
        _ => null,
    };

    private protected override string? WrongKind(SourcedObject value) => value is ChipCluster cluster
        ? Say("'{0}' is a cluster system whose chip model no source names, so it has no chip to compare.", cluster.Name)
        : null;

    private protected override QueryResult<Record> Find(string name)
    {
        var result = ChipQuery.Find(Dataset, new[] { name }, null, false);
        return new QueryResult<Record>(result.Items, result.NotFound);
    }

    private protected override string NotFound(string name) => NotFoundMessage(RecordSchemas.Chips, "chip", name, "Get-Chip", false);

    private protected override object Row(MetricComparison row) => new ChipComparison(row);

    private protected override object Shown(Side side) => new Chip((ChipRecord)side.Record, side.Data);
}
