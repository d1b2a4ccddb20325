using System.Linq;
using System.Management.Automation;
using WaicTools.Completion;
using WaicTools.Queries;
using WaicTools.Model;

namespace WaicTools.Commands;

/// <summary>Gets the industry alliances announced at or around WAIC 2025.</summary>
/// <remarks>
/// <para>Get-Alliance emits the alliances formed at or around WAIC 2025 with their initiator, members, announcement date, aim and sources. Members is a list in PowerShell and one semicolon-separated cell in CSV.</para>
/// <para>Names and members match case-insensitively and the same way in every culture; wildcards are permitted. An exact name that matches nothing is reported with the error id AllianceNotFound and the pipeline goes on.</para>
/// </remarks>
/// <example>
/// <code>Get-Alliance</code>
/// <para>Lists both alliances in order of announcement.</para>
/// </example>
/// <example>
/// <code>Get-Alliance -Member StepFun | Select-Object Name, Initiator, MemberCount</code>
/// <para>Shows the alliances StepFun belongs to.</para>
/// </example>
/// <example>
/// <code>Get-Alliance | Where-Object MemberListComplete | Select-Object -ExpandProperty Members</code>
/// <para>Lists the members of the alliances whose full member list is published.</para>
/// </example>
/// <example>
/// <code>Get-ChipCluster 'CloudMatrix 384' | Get-Alliance</code>
/// <para>Gets the alliances that the companies behind a system belong to; organisations, chips and products can be piped in the same way.</para>
/// </example>
/// <example>
/// <code>Get-Alliance | Export-Csv -Path alliances.csv</code>
/// <para>Saves the alliances; each row holds all members in one cell.</para>
/// </example>
[Cmdlet(VerbsCommon.Get, "Alliance", DefaultParameterSetName = ByName)]
[OutputType(typeof(Alliance))]
public sealed class GetAllianceCommand : WaicCmdlet
{
    private const string ByName = nameof(ByName);
    private const string ByObject = nameof(ByObject);

    /// <summary>Names or aliases of the alliances to get. Wildcards are permitted.</summary>
    [Parameter(Position = 0, ParameterSetName = ByName)]
    [ValidateNotNullOrEmpty]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(AllianceNameCompleter))]
    public string[]? Name { get; set; }

    /// <summary>WaicTools objects from the pipeline: an organisation gives the alliances it belongs to; a system, chip or product those of the organisations behind it; an alliance itself.</summary>
    [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = ByObject)]
    public PSObject? InputObject { get; set; }

    /// <summary>Keeps alliances having a member whose name matches. Wildcards are permitted.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(AllianceMemberCompleter))]
    public string[]? Member { get; set; }

    /// <inheritdoc />
    protected override void BeginProcessing()
    {
        WriteInvalidPatterns(nameof(Member), Member);
        WarnUnmatched(nameof(Member), "member of an alliance", Member, () => Dataset.Alliances.SelectMany(a => FilterValues.Members(Dataset, a)));
    }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var names = Name;
        if (ParameterSetName == ByObject)
        {
            var piped = NamesFromInput(InputObject, r => AllianceQuery.Related(Dataset, r, Member), r => new Alliance(r, Dataset),
                "an alliance name, an Organization, a ChipCluster, a Chip, a Product or an Alliance");
            if (piped is null)
            {
                return;
            }

            names = piped;
        }

        WriteInvalidPatterns(nameof(Name), names);
        WriteResult(AllianceQuery.Find(Dataset, names, Member), r => new Alliance(r, Dataset), ErrorIds.AllianceNotFound, "alliance", "Get-Alliance",
            Member is { Length: > 0 });
    }
}
