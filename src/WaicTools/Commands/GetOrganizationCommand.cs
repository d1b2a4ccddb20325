using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using WaicTools.Completion;
using WaicTools.Queries;
using WaicTools.Model;

namespace WaicTools.Commands;

/// <summary>Gets the companies behind the systems, chips, alliances and products, with their US Entity List status.</summary>
/// <remarks>
/// <para>Get-Organization emits organisations with their Chinese name, roles, headquarters, founding year, US Entity List status (Listed with the date it took effect, NotFound when no listing was found in the sources, Unknown when not researched), and the alliances they belong to.</para>
/// <para>Pipe in an alliance to get its members, a cluster system to get its vendor, chip designer and partners, a chip to get its designer, or a product to get its company. An exact name that matches nothing is reported with the error id OrganizationNotFound.</para>
/// </remarks>
/// <example>
/// <code>Get-Alliance 'Model-Chip*' | Get-Organization</code>
/// <para>Lists the members of the Model-Chip Ecosystem Innovation Alliance.</para>
/// </example>
/// <example>
/// <code>Get-Organization | Group-Object EntityList | Select-Object Name, Count</code>
/// <para>Counts organisations by Entity List status.</para>
/// </example>
/// <example>
/// <code>Get-Organization -EntityListed | Sort-Object EntityListDate | Select-Object Name, EntityListDate</code>
/// <para>Lists the organisations on the Entity List, earliest listing first.</para>
/// </example>
/// <example>
/// <code>Get-Organization -Role ChipDesigner | Export-Csv -Path chip-designers.csv</code>
/// <para>Saves the chip designers.</para>
/// </example>
[Cmdlet(VerbsCommon.Get, "Organization", DefaultParameterSetName = ByName)]
[OutputType(typeof(Organization))]
public sealed class GetOrganizationCommand : WaicCmdlet
{
    private const string ByName = nameof(ByName);
    private const string ByObject = nameof(ByObject);

    /// <summary>Organisation names or aliases. Wildcards are permitted.</summary>
    [Parameter(Position = 0, ParameterSetName = ByName)]
    [ValidateNotNullOrEmpty]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(OrganizationNameCompleter))]
    public string[]? Name { get; set; }

    /// <summary>
    /// Alliances (their members), cluster systems (vendor, chip designer, partners), chips (designer), products
    /// (company), organisations, or names, from the pipeline.
    /// </summary>
    [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = ByObject)]
    public PSObject? InputObject { get; set; }

    /// <summary>Keeps organisations with any of these roles.</summary>
    [Parameter]
    public OrganizationRole[]? Role { get; set; }

    /// <summary>Keeps organisations on the US Entity List.</summary>
    [Parameter]
    public SwitchParameter EntityListed { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var names = Name;
        if (ParameterSetName == ByObject)
        {
            // Found by relation, so the filters apply but nothing is "not found".
            var piped = NamesFromInput(InputObject, r => OrganizationQuery.Related(Dataset, r, Role, EntityListed), r => new Organization(r, Dataset),
                "an organisation name, an Alliance, a ChipCluster, a Chip, a Product or an Organization");
            if (piped is null)
            {
                return;
            }

            names = piped;
        }

        WriteInvalidPatterns(nameof(Name), names);
        WriteResult(OrganizationQuery.Find(Dataset, names, Role, EntityListed), r => new Organization(r, Dataset), ErrorIds.OrganizationNotFound,
            "organization", "Get-Organization", Role is { Length: > 0 } || EntityListed);
    }
}
