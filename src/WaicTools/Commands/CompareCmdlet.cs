using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using WaicTools.Data;
using WaicTools.Model;
using WaicTools.Queries;

namespace WaicTools.Commands;

/// <summary>
/// What Compare-Cluster and Compare-Chip share: a reference and the records compared with it, given by name, wildcard,
/// object or pipeline, one row per metric and pair, never a record against itself. Each cmdlet declares its own
/// parameters (their help and completion differ) and says how its objects and names become records.
/// </summary>
public abstract class CompareCmdlet : WaicCmdlet
{
    private IReadOnlyList<Metric> _metrics = Array.Empty<Metric>();
    private Side? _reference;
    private bool _compared;
    private bool _skippedItself;

    private protected CompareCmdlet()
    {
    }

    /// <summary>The kind compared: clusters or chips.</summary>
    private protected abstract RecordSchema Kind { get; }

    /// <summary>"cluster system" or "chip", for messages.</summary>
    private protected abstract string Noun { get; }

    /// <summary>What an input may be, for the error about one that is none of them.</summary>
    private protected abstract string Expected { get; }

    private protected abstract string NotFoundId { get; }
    private protected abstract string InvalidInputId { get; }
    private protected abstract object? ReferenceInput { get; }
    private protected abstract object[]? DifferenceInput { get; }
    private protected abstract string[]? PropertyInput { get; }
    private protected abstract bool KnownOnlyInput { get; }

    /// <summary>The record a piped output object shows, with the dataset it was read from; null for other objects.</summary>
    private protected abstract Side? FromObject(object? value);

    /// <summary>
    /// Why a WaicTools object of another kind cannot be compared here, naming what to do instead ("'H100' is a chip:
    /// compare chips with Compare-Chip"); null for the generic message.
    /// </summary>
    private protected virtual string? WrongKind(SourcedObject value) => null;

    /// <summary>The records a name or wildcard finds in the current dataset, and the exact names that found none.</summary>
    private protected abstract QueryResult<Record> Find(string name);

    /// <summary>The message for an exact name that matched nothing.</summary>
    private protected abstract string NotFound(string name);

    /// <summary>The output object of one row.</summary>
    private protected abstract object Row(MetricComparison row);

    /// <summary>The output object of a compared record, as the target of an error.</summary>
    private protected abstract object Shown(Side side);

    /// <inheritdoc />
    protected override void BeginProcessing()
    {
        WriteInvalidPatterns("Property", PropertyInput);
        _metrics = Metric.Select(Kind, PropertyInput, out var unknown);
        if (unknown.Count > 0)
        {
            var message = Say(
                "'{0}' is not a comparable property.{1} Use one of: {2}.",
                string.Join("', '", unknown), Suggestion.Text(unknown[0], Metric.NamesOf(Kind)), string.Join(", ", Metric.NamesOf(Kind)));
            ThrowTerminatingError(new ErrorRecord(new PSArgumentException(message, "Property"),
                ErrorIds.InvalidComparisonProperty, ErrorCategory.InvalidArgument, unknown[0]));
        }

        WarnUnmatched("Property", "comparable property", PropertyInput?.Where(p => WildcardPattern.ContainsWildcardCharacters(p)).ToArray(),
            () => Metric.NamesOf(Kind));

        if (ReferenceInput is { } referenceInput)
        {
            var found = Resolve(referenceInput, terminating: true);
            if (found.Count > 1)
            {
                var message = Say(
                    "The reference '{0}' matches {1} {2}s ({3}); give exactly one.",
                    Describe(referenceInput), found.Count, Noun, string.Join(", ", found.Select(c => c.Record.Name)));
                ThrowTerminatingError(new ErrorRecord(new PSArgumentException(message, "ReferenceObject"),
                    ErrorIds.AmbiguousReference, ErrorCategory.InvalidArgument, referenceInput));
            }

            if (found.Count == 0)
            {
                // Only a wildcard gets here: an exact name that matched nothing has already terminated.
                ThrowTerminatingError(new ErrorRecord(new ItemNotFoundException(NotFound(Describe(referenceInput))),
                    NotFoundId, ErrorCategory.ObjectNotFound, referenceInput));
            }

            _reference = found[0];
        }
    }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        foreach (var input in DifferenceInput ?? Array.Empty<object>())
        {
            foreach (var difference in Resolve(input, terminating: false))
            {
                if (_reference is null)
                {
                    _reference = difference;
                    continue;
                }

                // A record is never compared with itself ('Compare-Cluster X *' means "X against the others").
                if (difference.Record.Id == _reference.Value.Record.Id)
                {
                    _skippedItself = true;
                    WriteVerbose(Say("'{0}' is the reference; a {1} is not compared with itself.", difference.Record.Name, Noun));
                    continue;
                }

                _compared = true;
                foreach (var row in Comparer.Compare(_reference.Value, difference, _metrics))
                {
                    if (!KnownOnlyInput || (row.ReferenceValue is not null && row.DifferenceValue is not null))
                    {
                        WriteObject(Row(row));
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
            ? Say("Nothing to compare. Give -ReferenceObject and -DifferenceObject, or pipe two or more {0}s.", Noun)
            : _skippedItself
                ? Say("Nothing to compare with '{0}': a {1} is not compared with itself. Give another {1}.",
                    _reference.Value.Record.Name, Noun)
                : Say("Nothing to compare with '{0}'. Give -DifferenceObject, or pipe the {1}s to compare with it.",
                    _reference.Value.Record.Name, Noun);
        WriteError(new ErrorRecord(new PSArgumentException(message, "DifferenceObject"),
            ErrorIds.DifferenceObjectMissing, ErrorCategory.InvalidArgument,
            _reference is { } reference ? Shown(reference) : null));
    }

    /// <summary>
    /// Turns one input into records: an output object of the kind gives its own, with the dataset it was read from (so
    /// the figures are the ones it shows); a string, or any object's Name property (such as a row from Import-Csv), is
    /// looked up by name in the current dataset.
    /// </summary>
    private IReadOnlyList<Side> Resolve(object input, bool terminating)
    {
        var (value, name) = Unwrap(PSObject.AsPSObject(input));
        if (FromObject(value) is { } side)
        {
            return new[] { side };
        }

        // A record of another kind is not looked up by its name: an organisation named like a chip is no chip.
        if (value is SourcedObject other)
        {
            var type = other.GetType().Name;
            var message = WrongKind(other) ?? Say("Cannot compare '{0}' ({1} {2}): give {3}.", Describe(input),
                "AEIOU".IndexOf(type[0]) >= 0 ? "an" : "a", type, Expected);
            return Fail(new ErrorRecord(new PSArgumentException(message), InvalidInputId, ErrorCategory.InvalidArgument, input),
                terminating);
        }

        if (!string.IsNullOrEmpty(name) && InvalidPattern(terminating ? "ReferenceObject" : "DifferenceObject", name!) is { } invalid)
        {
            return Fail(invalid, terminating);
        }

        if (string.IsNullOrEmpty(name))
        {
            var message = NameFailure is null
                ? Say("Cannot compare '{0}': give {1}.", Describe(input), Expected)
                : Say("Cannot compare '{0}': reading its Name property failed ({1}); give {2}.", Describe(input), NameFailure, Expected);
            return Fail(new ErrorRecord(new PSArgumentException(message), InvalidInputId, ErrorCategory.InvalidArgument, input),
                terminating);
        }

        var result = Find(name!);
        foreach (var missing in result.NotFound)
        {
            Fail(new ErrorRecord(new ItemNotFoundException(NotFound(missing)), NotFoundId, ErrorCategory.ObjectNotFound, missing),
                terminating);
        }

        var data = Dataset;
        return result.Items.Select(r => new Side(data, r)).ToArray();
    }

    private IReadOnlyList<Side> Fail(ErrorRecord error, bool terminating)
    {
        if (terminating)
        {
            ThrowTerminatingError(error);
        }

        WriteError(error);
        return Array.Empty<Side>();
    }
}
