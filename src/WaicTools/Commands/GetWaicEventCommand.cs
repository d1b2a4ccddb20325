using System.Management.Automation;
using WaicTools.Completion;
using WaicTools.Queries;

namespace WaicTools.Commands;

/// <summary>Gets the events where the dataset's systems and products were shown.</summary>
/// <remarks>
/// <para>Get-WaicEvent emits each event of the dataset (WAIC 2025 at its heart) with its dates, city, venue, size figures and the cluster systems shown there. It is not Get-Event, which PowerShell has for its own event queue.</para>
/// <para>Names accept wildcards and match case-insensitively in every culture. An exact name that matches nothing is reported with the error id EventNotFound.</para>
/// </remarks>
/// <example>
/// <code>Get-WaicEvent</code>
/// <para>Lists the events.</para>
/// </example>
/// <example>
/// <code>Get-WaicEvent 'WAIC 2025' | Format-List Name, Start, End, Exhibitors, Visits, Systems</code>
/// <para>Shows the dates, size and systems of WAIC 2025.</para>
/// </example>
/// <example>
/// <code>Get-ChipCluster 'CloudMatrix 384' | Get-WaicEvent</code>
/// <para>Gets the event a piped system was shown at; products can be piped in the same way.</para>
/// </example>
/// <example>
/// <code>Get-WaicEvent | Where-Object Start | Sort-Object Start -Descending | Export-Csv -Path events.csv</code>
/// <para>Saves the events a source dates, the latest first (Get-WaicEvent alone lists them earliest first, undated ones last).</para>
/// </example>
/// <example>
/// <code>Get-WaicEvent 'Huawei Connect 2025' | Get-ChipCluster</code>
/// <para>Gets the systems shown or unveiled at an event.</para>
/// </example>
[Cmdlet(VerbsCommon.Get, "WaicEvent", DefaultParameterSetName = ByName)]
[OutputType(typeof(WaicEvent))]
public sealed class GetWaicEventCommand : WaicCmdlet
{
    private const string ByName = nameof(ByName);
    private const string ByObject = nameof(ByObject);

    /// <summary>Event names (WAIC 2025). Wildcards are permitted.</summary>
    [Parameter(Position = 0, ParameterSetName = ByName)]
    [ValidateNotNullOrEmpty]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(EventNameCompleter))]
    public string[]? Name { get; set; }

    /// <summary>From the pipeline: event names, or cluster systems and products (the event each was shown at).</summary>
    [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = ByObject)]
    public PSObject? InputObject { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var names = Name;
        if (ParameterSetName == ByObject)
        {
            var piped = NamesFromInput(InputObject, r => EventQuery.Related(Dataset, r), r => new WaicEvent(r, Dataset),
                "an event name, a WaicEvent, a ChipCluster or a Product");
            if (piped is null)
            {
                return;
            }

            names = piped;
        }

        WriteInvalidPatterns(nameof(Name), names);
        WriteResult(EventQuery.Find(Dataset, names), r => new WaicEvent(r, Dataset), ErrorIds.EventNotFound, "event",
            "Get-WaicEvent", false);
    }
}
