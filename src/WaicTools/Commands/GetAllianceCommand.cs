using System.Management.Automation;
using WaicTools.Completion;
using WaicTools.Queries;

namespace WaicTools.Commands;

/// <summary>
/// <para type="synopsis">Gets the industry alliances announced at or around WAIC 2025.</para>
/// </summary>
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
