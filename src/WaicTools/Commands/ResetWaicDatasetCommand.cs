using System.Management.Automation;
using WaicTools.Data;
using WaicTools.Model;

namespace WaicTools.Commands;

/// <summary>Drops every import and returns to the embedded dataset.</summary>
/// <remarks>
/// <para>Reset-WaicDataset undoes Import-WaicDataset for the whole PowerShell process: every runspace sees the embedded data again from its next call on.</para>
/// </remarks>
/// <example>
/// <code>Reset-WaicDataset; Get-WaicDataset</code>
/// <para>Returns to the embedded data and shows what is loaded.</para>
/// </example>
/// <example>
/// <code>Reset-WaicDataset -PassThru | Select-Object Source, Layers</code>
/// <para>Returns to the embedded data and shows the one layer left.</para>
/// </example>
/// <example>
/// <code>Reset-WaicDataset; Get-ChipCluster | Where-Object ShownAt | Export-Csv -Path waic-exhibits.csv</code>
/// <para>Exports the systems shown at WAIC from the embedded data only.</para>
/// </example>
[Cmdlet(VerbsCommon.Reset, "WaicDataset", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(typeof(WaicDataset))]
public sealed class ResetWaicDatasetCommand : WaicCmdlet
{
    /// <summary>Emits the description of the dataset after the reset.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    protected override void EndProcessing()
    {
        if (!ShouldProcess("the WaicTools dataset", "Return to the embedded data"))
        {
            return;
        }

        var dataset = DatasetStore.Reset();
        if (PassThru)
        {
            WriteObject(new WaicDataset(dataset));
        }
    }
}
