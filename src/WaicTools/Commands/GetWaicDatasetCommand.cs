using System.Management.Automation;

namespace WaicTools.Commands;

/// <summary>
/// <para type="synopsis">Gets what the loaded dataset is: its version, as-of date, event and record counts.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "WaicDataset")]
[OutputType(typeof(WaicDataset))]
public sealed class GetWaicDatasetCommand : WaicCmdlet
{
    /// <inheritdoc />
    protected override void EndProcessing() => WriteObject(new WaicDataset(Dataset));
}
