using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using WaicTools.Completion;
using WaicTools.Queries;
using WaicTools.Model;

namespace WaicTools.Commands;

/// <summary>Compares cluster systems metric by metric, with ratios and which side is better.</summary>
/// <remarks>
/// <para>Compare-Cluster puts a reference system beside one or more others and emits one ClusterComparison row per metric and pair: both values, their unit, the ratio of the reference value to the other, which side is better and the name of the system that leads (Leader). For PowerKW and WattsPerTflop lower is better; for ChipCount and Racks neither direction is better, so Better and Leader stay empty unless the values are equal. Leader also stays empty when the values other sources give could reverse the order.</para>
/// <para>Compute is compared at each precision separately (Bf16DensePflops, Fp8DensePflops, Fp4DensePflops), never one precision against another. Caveats says, from the data, why a row may mislead: the statuses differ (announced against deployed), the compute bases differ (dense against a peak whose sparsity basis is not stated), a value is derived from the chip's figure or of low confidence, or the two systems give compute only at different precisions. A system is never compared with itself; -KnownOnly leaves out rows where a value is unknown.</para>
/// <para>Give names (wildcards allowed), ChipCluster objects from Get-ChipCluster, or any object with a Name property. Without -ReferenceObject, the first cluster that comes down the pipeline is the reference. The reference itself is always left out.</para>
/// <para>Where sources disagree on a value, RatioLow and RatioHigh give the range of ratios the alternative values allow, and Alternatives names each side's values with their sources. A metric unknown on one side still gets its row, with empty Ratio and Better.</para>
/// </remarks>
/// <example>
/// <code>Compare-Cluster 'CloudMatrix 384' 'GB200 NVL72'</code>
/// <para>Compares Huawei's CloudMatrix 384 with the Nvidia GB200 NVL72 on every metric: about 1.7 times the dense BF16 compute for about 3.9 to 5 times the power.</para>
/// </example>
/// <example>
/// <code>Get-ChipCluster 'GB200 NVL72' | Compare-Cluster -ReferenceObject 'CloudMatrix 384' -Property PowerKW, WattsPerTflop</code>
/// <para>Pipes the other system in and compares only power and efficiency.</para>
/// </example>
/// <example>
/// <code>Compare-Cluster 'CloudMatrix 384' '*' -Property ChipCount | Sort-Object Ratio -Descending | Select-Object Difference, Ratio</code>
/// <para>Compares CloudMatrix 384 with every other system by chip count, largest ratio first.</para>
/// </example>
/// <example>
/// <code>Compare-Cluster 'CloudMatrix 384' 'GB200 NVL72' | Where-Object HasAlternatives | Select-Object Property, Ratio, RatioLow, RatioHigh, Alternatives</code>
/// <para>Shows only the metrics where sources disagree, with the range of ratios their values allow.</para>
/// </example>
/// <example>
/// <code>Compare-Cluster 'Atlas 950 SuperPoD' 'Vera Rubin NVL144', 'GB300 NVL72' -KnownOnly | Format-List Difference, Property, Ratio, Leader, Caveats</code>
/// <para>Compares Huawei's Atlas 950 SuperPoD with two Nvidia racks on the metrics both sides give, each precision on its own, with the caveats that apply.</para>
/// </example>
/// <example>
/// <code>Compare-Cluster 'CloudMatrix 384' 'GB200 NVL72' | Export-Csv -Path cm384-vs-nvl72.csv</code>
/// <para>Saves the comparison for a spreadsheet; numbers are written in the current culture.</para>
/// </example>
[Cmdlet(VerbsData.Compare, "Cluster")]
[OutputType(typeof(ClusterComparison))]
public sealed class CompareClusterCommand : WaicCmdlet
{
    private IReadOnlyList<ClusterMetric> _metrics = ClusterMetric.All;
    private SystemOf? _reference;
    private bool _compared;
    private bool _skippedItself;

    /// <summary>
    /// The system the others are measured against: a name (or a wildcard matching exactly one system) or a
    /// ChipCluster object. Without it, the first cluster that comes down the pipeline is the reference.
    /// </summary>
    [Parameter(Position = 0)]
    [ValidateNotNull]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(ClusterNameCompleter))]
    public object? ReferenceObject { get; set; }

    /// <summary>The systems compared with the reference: names, wildcards or ChipCluster objects.</summary>
    [Parameter(Position = 1, ValueFromPipeline = true)]
    [ValidateNotNull]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(ClusterNameCompleter))]
    public object[]? DifferenceObject { get; set; }

    /// <summary>The ChipCluster properties to compare (default: every comparable metric). Wildcards are permitted.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(ComparisonPropertyCompleter))]
    public string[]? Property { get; set; }

    /// <summary>Leaves out the rows where either system's value is unknown.</summary>
    [Parameter]
    public SwitchParameter KnownOnly { get; set; }

    /// <inheritdoc />
    protected override void BeginProcessing()
    {
        WriteInvalidPatterns(nameof(Property), Property);
        _metrics = ClusterMetric.Select(Property, out var unknown);
        if (unknown.Count > 0)
        {
            var message = Say(
                "'{0}' is not a comparable property. Use one of: {1}.",
                string.Join("', '", unknown), string.Join(", ", ClusterMetric.Names));
            ThrowTerminatingError(new ErrorRecord(new PSArgumentException(message, nameof(Property)),
                ErrorIds.InvalidComparisonProperty, ErrorCategory.InvalidArgument, unknown[0]));
        }

        if (ReferenceObject is not null)
        {
            var found = Resolve(ReferenceObject, terminating: true);
            if (found.Count > 1)
            {
                var message = Say(
                    "The reference '{0}' matches {1} cluster systems ({2}); give exactly one.",
                    Describe(ReferenceObject), found.Count, string.Join(", ", found.Select(c => c.Record.Name)));
                ThrowTerminatingError(new ErrorRecord(new PSArgumentException(message, nameof(ReferenceObject)),
                    ErrorIds.AmbiguousReference, ErrorCategory.InvalidArgument, ReferenceObject));
            }

            if (found.Count == 0)
            {
                // Only a wildcard gets here: an exact name that matched nothing has already terminated.
                ThrowTerminatingError(new ErrorRecord(
                    new ItemNotFoundException(ClusterNotFoundMessage(Describe(ReferenceObject))),
                    ErrorIds.ChipClusterNotFound, ErrorCategory.ObjectNotFound, ReferenceObject));
            }

            _reference = found[0];
        }
    }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        foreach (var input in DifferenceObject ?? System.Array.Empty<object>())
        {
            foreach (var difference in Resolve(input, terminating: false))
            {
                if (_reference is null)
                {
                    _reference = difference;
                    continue;
                }

                // A system is never compared with itself ('Compare-Cluster X *' means "X against the others").
                if (difference.Record.Id == _reference.Value.Record.Id)
                {
                    _skippedItself = true;
                    WriteVerbose(Say("'{0}' is the reference; a system is not compared with itself.", difference.Record.Name));
                    continue;
                }

                _compared = true;
                foreach (var row in ClusterComparer.Compare(_reference.Value, difference, _metrics))
                {
                    if (!KnownOnly || (row.ReferenceValue is not null && row.DifferenceValue is not null))
                    {
                        WriteObject(new ClusterComparison(row));
                    }
                }
            }
        }
    }

    /// <inheritdoc />
    protected override void EndProcessing()
    {
        if (_compared)
        {
            return;
        }

        var message = _reference is null
            ? "Nothing to compare. Give -ReferenceObject and -DifferenceObject, or pipe two or more clusters."
            : _skippedItself
                ? Say("Nothing to compare with '{0}': a system is not compared with itself. Give another system.",
                    _reference.Value.Record.Name)
                : Say("Nothing to compare with '{0}'. Give -DifferenceObject, or pipe the clusters to compare with it.",
                    _reference.Value.Record.Name);
        WriteError(new ErrorRecord(new PSArgumentException(message, nameof(DifferenceObject)),
            ErrorIds.DifferenceObjectMissing, ErrorCategory.InvalidArgument,
            _reference is { } reference ? new ChipCluster(reference.Record, reference.Data) : null));
    }

    /// <summary>
    /// Turns one input into cluster systems: a ChipCluster gives its own, with the dataset it was read from (so its chip's
    /// figures are the ones it shows); a string, or any object's Name property (such as a row from Import-Csv), is looked up
    /// by name in the current dataset.
    /// </summary>
    private IReadOnlyList<SystemOf> Resolve(object input, bool terminating)
    {
        var (value, name) = Unwrap(PSObject.AsPSObject(input));
        if (value is ChipCluster cluster)
        {
            return new[] { new SystemOf(cluster.Data, cluster.Record) };
        }

        if (!string.IsNullOrEmpty(name) && InvalidPattern(terminating ? nameof(ReferenceObject) : nameof(DifferenceObject), name!) is { } invalid)
        {
            if (terminating)
            {
                ThrowTerminatingError(invalid);
            }

            WriteError(invalid);
            return Array.Empty<SystemOf>();
        }

        if (string.IsNullOrEmpty(name))
        {
            var message = NameFailure is null
                ? Say("Cannot compare '{0}': give a cluster name, a ChipCluster object from Get-ChipCluster, or an object with a Name property.",
                    Describe(input))
                : Say("Cannot compare '{0}': reading its Name property failed ({1}); give a cluster name, a ChipCluster object from Get-ChipCluster, or an object with a Name property.",
                    Describe(input), NameFailure);
            var error = new ErrorRecord(new PSArgumentException(message), ErrorIds.InvalidClusterInput,
                ErrorCategory.InvalidArgument, input);
            if (terminating)
            {
                ThrowTerminatingError(error);
            }

            WriteError(error);
            return System.Array.Empty<SystemOf>();
        }

        var result = ClusterQuery.Find(Dataset, new ClusterFilter { Names = new[] { name! } });
        foreach (var missing in result.NotFound)
        {
            var error = new ErrorRecord(new ItemNotFoundException(ClusterNotFoundMessage(missing)), ErrorIds.ChipClusterNotFound,
                ErrorCategory.ObjectNotFound, missing);
            if (terminating)
            {
                ThrowTerminatingError(error);
            }

            WriteError(error);
        }

        var data = Dataset;
        return result.Items.Select(r => new SystemOf(data, r)).ToArray();
    }

}
