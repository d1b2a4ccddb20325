using System.Management.Automation;
using WaicTools.Data;
using WaicTools.Model;

namespace WaicTools.Commands;

/// <summary>Gets what the loaded dataset is: its version, as-of date, event and record counts.</summary>
/// <remarks>
/// <para>Get-WaicDataset emits one object describing the loaded dataset: its version, the date it is current to (the newest source consulted), the event it covers, and the number of records of each kind. Cite the version and as-of date with any figure taken from WaicTools.</para>
/// </remarks>
/// <example>
/// <code>Get-WaicDataset</code>
/// <para>Shows the dataset version, as-of date and record counts.</para>
/// </example>
/// <example>
/// <code>(Get-WaicDataset).PSObject.Properties | Where-Object Value -is [int] | Sort-Object Value -Descending | Select-Object Name, Value</code>
/// <para>Lists the record counts, the largest first.</para>
/// </example>
/// <example>
/// <code>Get-WaicDataset | Export-Csv -Path dataset-info.csv</code>
/// <para>Saves the dataset description beside a report.</para>
/// </example>
[Cmdlet(VerbsCommon.Get, "WaicDataset")]
[OutputType(typeof(WaicDataset))]
public sealed class GetWaicDatasetCommand : WaicCmdlet
{
    /// <inheritdoc />
    protected override void EndProcessing() => WriteObject(new WaicDataset(Dataset));
}
