using System.Globalization;
using System.Linq;
using System.Management.Automation;
using WaicTools.Completion;
using WaicTools.Queries;
using WaicTools.Model;

namespace WaicTools.Commands;

/// <summary>Gets AI accelerator specifications per package, with sources.</summary>
/// <remarks>
/// <para>Get-Chip emits accelerators per package: dense BF16 compute, HBM capacity and bandwidth, scale-up bandwidth, power, the systems built on them, and the US Entity List status of the designer. Specifications that are not published stay empty.</para>
/// <para>Pipe in cluster systems to get the chip inside each (systems whose chip model is not published are skipped, with a verbose message), or organisations to get the chips they design. An exact name that matches nothing is reported with the error id ChipNotFound.</para>
/// </remarks>
/// <example>
/// <code>Get-ChipCluster 'CloudMatrix 384' | Get-Chip</code>
/// <para>Gets the Ascend 910C inside the CloudMatrix 384.</para>
/// </example>
/// <example>
/// <code>Get-Chip | Where-Object Bf16DenseTflops | Sort-Object Bf16DenseTflops -Descending | Select-Object Name, Designer, Bf16DenseTflops, HbmGB</code>
/// <para>Ranks the chips with a published dense BF16 figure.</para>
/// </example>
/// <example>
/// <code>Get-Chip 'Ascend 910C' | Select-Object -ExpandProperty Alternatives</code>
/// <para>Shows the figures on which sources disagree, each value with its sources.</para>
/// </example>
/// <example>
/// <code>Get-Chip -EntityListed | Export-Csv -Path listed-chips.csv</code>
/// <para>Saves the chips whose designer is on the US Entity List.</para>
/// </example>
[Cmdlet(VerbsCommon.Get, "Chip", DefaultParameterSetName = ByName)]
[OutputType(typeof(Chip))]
public sealed class GetChipCommand : WaicCmdlet
{
    private const string ByName = nameof(ByName);
    private const string ByObject = nameof(ByObject);

    /// <summary>Chip names. Wildcards are permitted.</summary>
    [Parameter(Position = 0, ParameterSetName = ByName)]
    [ValidateNotNullOrEmpty]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(ChipNameCompleter))]
    public string[]? Name { get; set; }

    /// <summary>
    /// Cluster systems (their chip), organisations (the chips they design), chips, or chip names, from the pipeline.
    /// </summary>
    [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = ByObject)]
    public PSObject? InputObject { get; set; }

    /// <summary>Keeps chips whose designer matches. Wildcards are permitted.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(ChipDesignerCompleter))]
    public string[]? Designer { get; set; }

    /// <summary>Keeps chips whose designer is on the US Entity List.</summary>
    [Parameter]
    public SwitchParameter EntityListed { get; set; }

    /// <inheritdoc />
    protected override void BeginProcessing()
    {
        WriteInvalidPatterns(nameof(Designer), Designer);
        WarnUnmatched(nameof(Designer), "chip designer", Designer, () => Dataset.Chips.SelectMany(c => FilterValues.Designer(Dataset, c)));
    }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var names = Name;
        if (ParameterSetName == ByObject)
        {
            if (InputObject?.BaseObject is ChipCluster { Record.ChipId: null } cluster)
            {
                WriteVerbose(string.Format(CultureInfo.InvariantCulture,
                    "The sources name no chip model for '{0}'.", cluster.Name));
            }

            var piped = NamesFromInput(InputObject, r => ChipQuery.Related(Dataset, r, Designer, EntityListed),
                r => new Chip(r, Dataset), "a chip name, a Chip, a ChipCluster or an Organization");
            if (piped is null)
            {
                return;
            }

            names = piped;
        }

        var filtered = Designer is { Length: > 0 } || EntityListed;
        WriteInvalidPatterns(nameof(Name), names);
        WriteResult(ChipQuery.Find(Dataset, names, Designer, EntityListed), r => new Chip(r, Dataset), ErrorIds.ChipNotFound, "chip", "Get-Chip",
            filtered);
    }
}
