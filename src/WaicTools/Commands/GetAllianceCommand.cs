using System.Management.Automation;
using WaicTools.Completion;
using WaicTools.Queries;

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
/// <code>Get-Alliance | Export-Csv -Path alliances.csv</code>
/// <para>Saves the alliances; each row holds all members in one cell.</para>
/// </example>
[Cmdlet(VerbsCommon.Get, "Alliance")]
[OutputType(typeof(Alliance))]
public sealed class GetAllianceCommand : WaicCmdlet
{
    /// <summary>Names or aliases of the alliances to get. Wildcards are permitted.</summary>
    [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(AllianceNameCompleter))]
    public string[]? Name { get; set; }

    /// <summary>Keeps alliances having a member whose name matches. Wildcards are permitted.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(AllianceMemberCompleter))]
    public string[]? Member { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord() =>
        WriteResult(AllianceQuery.Find(Dataset, Name, Member), ErrorIds.AllianceNotFound, "alliance", "Get-Alliance",
            Member is { Length: > 0 });
}
