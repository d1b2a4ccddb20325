using System.Collections;
using System.Linq;
using System.Management.Automation;
using WaicTools.Completion;
using WaicTools.Queries;

namespace WaicTools.Commands;

/// <summary>
/// <para type="synopsis">Gets the public sources behind the dataset: by id, or exactly those behind piped records.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "Citation", DefaultParameterSetName = ById)]
[OutputType(typeof(Citation))]
public sealed class GetCitationCommand : WaicCmdlet
{
    private const string ById = nameof(ById);
    private const string ByObject = nameof(ByObject);

    /// <summary>Source ids such as S9. Wildcards are permitted (S1*).</summary>
    [Parameter(Position = 0, ParameterSetName = ById)]
    [ValidateNotNullOrEmpty]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(CitationIdCompleter))]
    public string[]? Id { get; set; }

    /// <summary>Any WaicTools object (its Sources), a citation, or a source id, from the pipeline.</summary>
    [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = ByObject)]
    public PSObject? InputObject { get; set; }

    /// <summary>Keeps citations of these kinds.</summary>
    [Parameter]
    public CitationKind[]? Kind { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var ids = Id;
        if (ParameterSetName == ByObject)
        {
            var value = InputObject?.BaseObject;
            ids = value switch
            {
                string id => new[] { id },
                Citation citation => new[] { citation.Id },
                _ => InputObject?.Properties["Sources"]?.Value is IEnumerable sources and not string
                    ? sources.Cast<object?>().Select(s => s?.ToString()).OfType<string>().ToArray()
                    : null,
            };
            if (ids is null)
            {
                WriteInvalidInput(InputObject, "a source id, a Citation, or an object with a Sources property");
                return;
            }

            if (ids.Length == 0)
            {
                return;
            }
        }

        WriteResult(CitationQuery.Find(Dataset, ids, Kind), ErrorIds.CitationNotFound, "citation", "Get-Citation",
            Kind is { Length: > 0 });
    }
}
