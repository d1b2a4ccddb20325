using System.Globalization;
using System.Linq;
using System.Management.Automation;
using WaicTools.Completion;
using WaicTools.Queries;

namespace WaicTools.Commands;

/// <summary>
/// <para type="synopsis">Gets AI accelerator specifications per package, with sources.</para>
/// </summary>
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
    protected override void ProcessRecord()
    {
        var names = Name;
        if (ParameterSetName == ByObject)
        {
            var (value, name) = Unwrap(InputObject);
            switch (value)
            {
                case ChipCluster cluster when cluster.Record.ChipId is null:
                    WriteVerbose(string.Format(CultureInfo.InvariantCulture,
                        "The sources name no chip model for '{0}'.", cluster.Name));
                    return;
                case ChipCluster cluster:
                    names = new[] { WildcardPattern.Escape(Dataset.Chip(cluster.Record.ChipId!).Name) };
                    break;
                case Organization organization:
                    names = Dataset.Chips.Where(c => c.DesignerId == organization.Id)
                        .Select(c => WildcardPattern.Escape(c.Name)).ToArray();
                    if (names.Length == 0)
                    {
                        return;
                    }

                    break;
                default:
                    names = name is null ? null : new[] { name };
                    break;
            }

            if (names is null)
            {
                WriteInvalidInput(InputObject, "a chip name, a Chip, a ChipCluster or an Organization");
                return;
            }
        }

        var filtered = Designer is { Length: > 0 } || EntityListed;
        WriteResult(ChipQuery.Find(Dataset, names, Designer, EntityListed), ErrorIds.ChipNotFound, "chip", "Get-Chip",
            filtered);
    }
}
