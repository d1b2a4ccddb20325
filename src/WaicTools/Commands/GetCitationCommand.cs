using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using WaicTools.Completion;
using WaicTools.Queries;
using WaicTools.Data;
using WaicTools.Model;

namespace WaicTools.Commands;

/// <summary>Gets the public sources behind the dataset: by id, or exactly those behind piped records.</summary>
/// <remarks>
/// <para>Get-Citation resolves the source ids that every WaicTools object carries in its Sources property into citations: title, publisher, date, kind (vendor primary, official, analyst, original news, news relay or aggregator), whose reporting a relay passes on, and the address of the copy consulted.</para>
/// <para>Pipe any WaicTools object in (or a Get-WaicFact row, for the sources of one value) to get exactly the sources behind it, ready for Export-Csv as a report's bibliography: the sources of everything piped in come out together, each once, in number order (S2 before S10), after the last object. The Reference property is a bibliography line ready to paste. Rows read back with Import-Csv pipe in too, by their Sources or, for a bibliography, their Id. An id that matches no citation is reported with the error id CitationNotFound; an object with neither Sources nor Id, with InvalidInputObject, naming its place in the input.</para>
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
/// <code>Get-ChipCluster | Get-Citation | Export-Csv -Path bibliography.csv</code>
/// <para>Saves one bibliography for all cluster systems: each source once, in number order, with its Reference line.</para>
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

    // The ids the piped objects ask for, each once, and how many objects have come in (to name the one at fault).
    private readonly List<string> _piped = new();
    private int _inputs;

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        if (ParameterSetName != ByObject)
        {
            WriteInvalidPatterns(nameof(Id), Id);
            WriteResult(CitationQuery.Find(Dataset, Id, Kind), r => new Citation(r, Dataset), ErrorIds.CitationNotFound, "citation",
                "Get-Citation", Kind is { Length: > 0 });
            return;
        }

        _inputs++;
        var value = InputObject?.BaseObject;
        var ids = value switch
        {
            string id => new[] { id },
            Citation citation => new[] { citation.Id },
            _ => IdsOf(InputObject),
        };
        if (ids is null)
        {
            WriteError(new ErrorRecord(new PSArgumentException(Say(
                    "Input {0} ('{1}') has no Sources property and no Id: give a source id, a Citation, a row of a Get-Citation export, or an object with a Sources property.",
                    _inputs, Row(InputObject))),
                ErrorIds.InvalidInputObject, ErrorCategory.InvalidArgument, InputObject));
            return;
        }

        _piped.AddRange(ids);
    }

    /// <inheritdoc />
    protected override void EndProcessing()
    {
        if (ParameterSetName != ByObject || _piped.Count == 0)
        {
            return;
        }

        // Every piped object's sources together: each citation once, in number order (S2 before S10).
        WriteInvalidPatterns(nameof(Id), _piped.Distinct(StringComparer.OrdinalIgnoreCase));
        var found = CitationQuery.Find(Dataset, _piped, Kind);
        var sorted = found.Items.OrderBy(c => c.Id, Comparer<string>.Create(SourceIdOrder.Compare)).ToArray();
        WriteResult(new QueryResult<CitationRecord>(sorted, found.NotFound), r => new Citation(r, Dataset), ErrorIds.CitationNotFound,
            "citation", "Get-Citation", Kind is { Length: > 0 });
    }

    // The input as its row reads ("@{Title=...; Kind=...}"), cut to a line.
    private static string Row(PSObject? input)
    {
        string text;
        try
        {
            text = input?.ToString() ?? "null";
        }
        catch (Exception e) when (e is RuntimeException or InvalidOperationException)
        {
            text = Describe(input);
        }

        return text.Length > 100 ? text.Substring(0, 99) + "…" : text;
    }

    // The ids an object asks for: its Sources (a list, or the "S9; S10" text of a CSV cell), else its Id (a row of a
    // Get-Citation export); null when it has neither, or reading them fails.
    private static string[]? IdsOf(PSObject? input)
    {
        try
        {
            var sources = input?.Properties["Sources"]?.Value;
            sources = sources is PSObject wrapped ? wrapped.BaseObject : sources;
            switch (sources)
            {
                case string text:
                    return text.Split(';').Select(t => t.Trim()).Where(t => t.Length > 0).ToArray();
                case IEnumerable list:
                    return list.Cast<object?>().Select(s => s?.ToString()).OfType<string>().ToArray();
            }

            return input?.Properties["Id"]?.Value?.ToString() is { Length: > 0 } id && !string.IsNullOrWhiteSpace(id) ? new[] { id.Trim() } : null;
        }
        catch (Exception e) when (e is RuntimeException or ExtendedTypeSystemException)
        {
            return null;
        }
    }
}
