using System;
using System.Collections;
using System.Linq;
using System.Management.Automation;
using WaicTools.Completion;
using WaicTools.Queries;
using WaicTools.Model;

namespace WaicTools.Commands;

/// <summary>Gets the public sources behind the dataset: by id, or exactly those behind piped records.</summary>
/// <remarks>
/// <para>Get-Citation resolves the source ids that every WaicTools object carries in its Sources property into citations: title, publisher, date, kind (vendor primary, official, analyst, original news, news relay or aggregator), whose reporting a relay passes on, and the address of the copy consulted.</para>
/// <para>Pipe any WaicTools object in to get exactly the sources behind it, ready for Export-Csv as a report's bibliography. An id that matches no citation is reported with the error id CitationNotFound.</para>
/// </remarks>
/// <example>
/// <code>Get-ChipCluster 'CloudMatrix 384' | Get-Citation</code>
/// <para>Lists every source behind the CloudMatrix 384 record.</para>
/// </example>
/// <example>
/// <code>Get-Citation | Group-Object Kind | Sort-Object Count -Descending | Select-Object Name, Count</code>
/// <para>Counts the sources of each kind.</para>
/// </example>
/// <example>
/// <code>Get-Citation S9 | Format-List</code>
/// <para>Shows one citation in full, with the records that cite it.</para>
/// </example>
/// <example>
/// <code>Get-ChipCluster | Get-Citation | Sort-Object Id -Unique | Export-Csv -Path bibliography.csv</code>
/// <para>Saves one bibliography for all cluster systems, each source once.</para>
/// </example>
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
                _ => SourcesOf(InputObject),
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

        WriteInvalidPatterns(nameof(Id), ids);
        WriteResult(CitationQuery.Find(Dataset, ids, Kind), r => new Citation(r, Dataset), ErrorIds.CitationNotFound, "citation", "Get-Citation",
            Kind is { Length: > 0 });
    }

    // The ids in an object's Sources property; null when it has none, or reading it fails.
    private static string[]? SourcesOf(PSObject? input)
    {
        try
        {
            return input?.Properties["Sources"]?.Value is IEnumerable sources and not string
                ? sources.Cast<object?>().Select(s => s?.ToString()).OfType<string>().ToArray()
                : null;
        }
        catch (Exception e) when (e is RuntimeException or ExtendedTypeSystemException)
        {
            return null;
        }
    }
}
