using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using WaicTools.Completion;
using WaicTools.Data;
using WaicTools.Model;
using WaicTools.Queries;

namespace WaicTools.Commands;

/// <summary>Gets the figures of records one value per row, each with its own sources, grade and basis.</summary>
/// <remarks>
/// <para>Every number a WaicTools cmdlet prints is a figure with its own sources: Get-WaicFact shows them one row per value. A row gives the record, the property that shows the figure, the value and unit, for compute figures the precision and whether the source says dense or gives a peak without stating its sparsity basis, the confidence (High, Medium, Low, or Derived), the basis (Reported, VendorClaim, AnalystEstimate, or Calculated), what the sources say (Note) and the source ids. A value worked out rather than published (a system's compute as chip count x the chip's figure, its watts per TFLOP, an alliance's member count) lists the figures it rests on in Inputs. Where sources disagree, each other value gets a row of its own with IsAlternative set.</para>
/// <para>The primary row's value is the value of the record's property. Pipe the rows to Get-Citation for the sources of one value. Pipe in any WaicTools record, or a Compare-Cluster row for the figures behind it. A name finds records of every kind (use -Kind to keep one); an exact name that matches nothing is reported with the error id RecordNotFound.</para>
/// </remarks>
/// <example>
/// <code>Get-ChipCluster 'CloudMatrix 384' | Get-WaicFact</code>
/// <para>Lists every figure of the CloudMatrix 384, each value with its own sources.</para>
/// </example>
/// <example>
/// <code>Get-WaicFact -Property PowerKW</code>
/// <para>Lists the power of every system that has one, with who says so.</para>
/// </example>
/// <example>
/// <code>Get-WaicFact 'CloudMatrix 384' -Property PowerKW | Get-Citation</code>
/// <para>Gets the sources behind the CloudMatrix 384's power figures, and only those.</para>
/// </example>
/// <example>
/// <code>Get-WaicFact -Kind ChipCluster | Where-Object Confidence -in 'Low', 'Derived' | Export-Csv -Path weak-figures.csv</code>
/// <para>Saves the system figures that are weakly sourced or not published at all, each with its sources and inputs.</para>
/// </example>
[Cmdlet(VerbsCommon.Get, "WaicFact", DefaultParameterSetName = ByName)]
[OutputType(typeof(WaicFact))]
public sealed class GetWaicFactCommand : WaicCmdlet
{
    private const string ByName = nameof(ByName);
    private const string ByObject = nameof(ByObject);

    /// <summary>Names of records of any kind (systems, chips, organisations, alliances, products, events). Wildcards are permitted.</summary>
    [Parameter(Position = 0, ParameterSetName = ByName)]
    [ValidateNotNullOrEmpty]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(RecordNameCompleter))]
    public string[]? Name { get; set; }

    /// <summary>Any WaicTools record, a Compare-Cluster row, or a name, from the pipeline.</summary>
    [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = ByObject)]
    public PSObject? InputObject { get; set; }

    /// <summary>Keeps the figures shown by these properties (PowerKW, Bf16*). Wildcards are permitted.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(FactPropertyCompleter))]
    public string[]? Property { get; set; }

    /// <summary>Keeps records of these types: ChipCluster, Chip, Organization, Alliance, Product, WaicEvent.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(FactKindCompleter))]
    public string[]? Kind { get; set; }

    private NamePattern[]? _properties;
    private IReadOnlyList<RecordSchema>? _kinds;
    private bool _stop;

    /// <inheritdoc />
    protected override void BeginProcessing()
    {
        WriteInvalidPatterns(nameof(Property), Property);
        var unknownProperties = (Property ?? new string[0])
            .Where(p => !WildcardPattern.ContainsWildcardCharacters(p)
                        && !FactQuery.Properties.Any(known => NamePattern.From(new[] { p })[0].IsMatch(known)))
            .ToArray();
        var unknownKinds = (Kind ?? new string[0]).Where(k => FactQuery.KindOf(k) is null).ToArray();
        foreach (var p in unknownProperties)
        {
            WriteError(new ErrorRecord(new PSArgumentException(Say(
                    "'{0}' is no property that shows a figure.{1} Properties: {2}.", p, Suggestion.Text(p, FactQuery.Properties),
                    string.Join(", ", FactQuery.Properties))),
                ErrorIds.InvalidFactProperty, ErrorCategory.InvalidArgument, p));
        }

        foreach (var k in unknownKinds)
        {
            WriteError(new ErrorRecord(new PSArgumentException(Say(
                    "'{0}' is no type of record with figures.{1} Types: {2}.", k, Suggestion.Text(k, FactQuery.KindNames),
                    string.Join(", ", FactQuery.KindNames))),
                ErrorIds.InvalidRecordKind, ErrorCategory.InvalidArgument, k));
        }

        // A filter that is all mistakes would list every figure: nothing is the answer that does not mislead.
        _stop = (Property is { Length: > 0 } && unknownProperties.Length == Property.Length)
                || (Kind is { Length: > 0 } && unknownKinds.Length == Kind.Length);
        _properties = Property is { Length: > 0 } ? NamePattern.From(Property.Except(unknownProperties)) : null;
        _kinds = Kind is { Length: > 0 } ? Kind.Select(FactQuery.KindOf).OfType<RecordSchema>().Distinct().ToArray() : null;
    }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        if (_stop)
        {
            return;
        }

        if (ParameterSetName == ByObject)
        {
            var (value, name) = Unwrap(InputObject);
            switch (value)
            {
                case ChipCluster cluster:
                    Write(cluster.Data, cluster.Stored);
                    return;
                case Chip chip:
                    Write(chip.Data, chip.Stored);
                    return;
                case SourcedObject record:
                    Write(Dataset, record.Stored);
                    return;
                case ClusterComparison comparison:
                    WriteRow(comparison.Row);
                    return;
                case ChipComparison comparison:
                    WriteRow(comparison.Row);
                    return;
            }

            if (name is null)
            {
                WriteInvalidInput(InputObject, "a record name, any WaicTools record, or a Compare-Cluster or Compare-Chip row");
                return;
            }

            WriteNamed(new[] { name });
            return;
        }

        if (Name is { Length: > 0 })
        {
            WriteNamed(Name);
            return;
        }

        foreach (var row in FactQuery.All(Dataset, _kinds, _properties))
        {
            WriteObject(new WaicFact(row));
        }
    }

    private void WriteNamed(string[] names)
    {
        WriteInvalidPatterns(nameof(Name), names);
        var result = FactQuery.Records(Dataset, names, _kinds);
        foreach (var record in result.Items)
        {
            Write(Dataset, record);
        }

        var kinds = _kinds ?? RecordSchemas.Kinds;
        var known = kinds.Where(k => k.FoundByName).SelectMany(k => Dataset.RecordsOf(k)).SelectMany(r => r.Names).ToArray();
        foreach (var missing in result.NotFound)
        {
            WriteError(new ErrorRecord(new ItemNotFoundException(Say(
                    "No record named '{0}' was found{1}.{2}", missing, _kinds is null ? "" : " among the kinds given",
                    Suggestion.Text(missing, known))),
                ErrorIds.RecordNotFound, ErrorCategory.ObjectNotFound, missing));
        }
    }

    private void Write(Dataset dataset, Record record, NamePattern[]? properties = null)
    {
        if (_kinds is not null && !_kinds.Contains(record.Schema))
        {
            return;
        }

        foreach (var row in FactQuery.Of(dataset, record, _properties))
        {
            if (properties is null || properties.Any(p => p.IsMatch(row.Field.Property!)))
            {
                WriteObject(new WaicFact(row));
            }
        }
    }

    // A comparison row: the compared figure of each side, then every figure of each claim published for the pair.
    private void WriteRow(MetricComparison row)
    {
        var only = NamePattern.From(new[] { row.Metric.Property });
        foreach (var side in new[] { row.ReferenceSystem, row.DifferenceSystem }.Distinct())
        {
            Write(side.Data, side.Record, only);
        }

        foreach (var published in row.Published)
        {
            Write(row.ReferenceSystem.Data, published.Claim);
        }
    }
}
