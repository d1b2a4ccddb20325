using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using WaicTools.Completion;
using WaicTools.Queries;

namespace WaicTools.Commands;

/// <summary>
/// <para type="synopsis">Gets the companies behind the systems, chips, alliances and products, with their US Entity List status.</para>
/// </summary>
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
        var dataset = Dataset;
        var names = Name;
        if (ParameterSetName == ByObject)
        {
            var (value, name) = Unwrap(InputObject);
            IEnumerable<string>? ids = value switch
            {
                Alliance alliance => alliance.Record.Members.Select(m => m.OrganizationId),
                ChipCluster cluster => new[] { cluster.Record.VendorId }
                    .Concat(dataset.ChipDesignerOf(cluster.Record) is { } designer ? new[] { designer.Id } : [])
                    .Concat(cluster.Record.PartnerIds),
                Chip chip => new[] { chip.Record.DesignerId },
                Product product => new[] { product.Record.CompanyId },
                Organization organization => new[] { organization.Id },
                _ => null,
            };
            if (ids is not null)
            {
                // Found by relation, so the filters apply but nothing is "not found".
                foreach (var organization in OrganizationQuery.ById(dataset, ids))
                {
                    if ((Role is not { Length: > 0 } || organization.Record.Roles.Any(Role.Contains))
                        && (!EntityListed || organization.EntityList == EntityListStatus.Listed))
                    {
                        WriteObject(organization);
                    }
                }

                return;
            }

            if (name is null)
            {
                WriteInvalidInput(InputObject, "an organisation name, an Alliance, a ChipCluster, a Chip, a Product or an Organization");
                return;
            }

            names = new[] { name };
        }

        WriteResult(OrganizationQuery.Find(dataset, names, Role, EntityListed), ErrorIds.OrganizationNotFound,
            "organization", "Get-Organization", Role is { Length: > 0 } || EntityListed);
    }
}
