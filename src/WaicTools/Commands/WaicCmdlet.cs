using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using WaicTools.Data;
using WaicTools.Queries;
using WaicTools.Model;

namespace WaicTools.Commands;

/// <summary>What every WaicTools cmdlet shares: access to the dataset and the shape of its errors.</summary>
public abstract class WaicCmdlet : PSCmdlet
{
    private Dataset? _dataset;

    /// <summary>
    /// The dataset this call works on. Taken once per call, so a pipeline in flight keeps one consistent view
    /// even when another runspace imports data meanwhile.
    /// </summary>
    private protected Dataset Dataset => _dataset ??= LoadDataset();

    private Dataset LoadDataset()
    {
        var wasLoaded = DatasetStore.IsLoaded;
        Dataset dataset;
        try
        {
            dataset = DatasetStore.Current;
        }
        catch (DatasetException e)
        {
            ThrowTerminatingError(new ErrorRecord(e, ErrorIds.DatasetInvalid, ErrorCategory.InvalidData, null));
            throw; // not reached: ThrowTerminatingError always throws
        }

        if (!wasLoaded)
        {
            WriteVerbose(string.Format(CultureInfo.InvariantCulture,
                "Loaded the embedded dataset: {0} in {1:0} ms.", dataset.Counts(), DatasetStore.LoadTime.TotalMilliseconds));
        }

        return dataset;
    }

    /// <summary>
    /// A message built in the invariant culture, with what it echoes (names, paths) escaped so that no control or
    /// bidirectional character in them reaches the terminal.
    /// </summary>
    private protected static string Say(string format, params object?[] args) =>
        TextRules.Escape(string.Format(CultureInfo.InvariantCulture, format, args));

    private protected string ClusterNotFoundMessage(string name) =>
        NotFoundMessage(RecordSchemas.Clusters, "chip cluster", name, "Get-ChipCluster", false);

    /// <summary>
    /// "No chip named 'H1000' was found. Did you mean 'H100'? Run Get-Chip to list them.", or, where filters were
    /// given and the name is known, that it does not pass them.
    /// </summary>
    private protected string NotFoundMessage(RecordSchema kind, string noun, string name, string listCommand, bool filtered)
    {
        var literal = WildcardPattern.Unescape(name);
        if (filtered && (kind == RecordSchemas.Citations ? Dataset.FindCitation(literal) : Dataset.FindByName(kind, literal)) is not null)
        {
            return Say("No {0} named '{1}' matches the filters given.", noun, name);
        }

        return Say("No {0} named '{1}' was found.{2} Run {3} to list them.", noun, name,
            Suggestion.Text(literal, Dataset.RecordsOf(kind).SelectMany(r => r.Names)), listCommand);
    }

    /// <summary>Reports each exact name that matched nothing, and lets the pipeline go on.</summary>
    private protected void WriteNotFound(RecordSchema kind, IEnumerable<string> names, string errorId, string noun,
        string listCommand, bool filtered)
    {
        foreach (var name in names)
        {
            WriteError(new ErrorRecord(new ItemNotFoundException(NotFoundMessage(kind, noun, name, listCommand, filtered)),
                errorId, ErrorCategory.ObjectNotFound, name));
        }
    }

    /// <summary>
    /// Writes the output object of each record a query found, then an error for each exact name that found nothing,
    /// with the closest known name where one is close.
    /// </summary>
    private protected void WriteResult<T>(QueryResult<T> result, Func<T, object> output, string errorId, string noun,
        string listCommand, bool filtered)
        where T : Record
    {
        foreach (var item in result.Items)
        {
            WriteObject(output(item));
        }

        WriteNotFound(RecordSchemas.Kinds.Single(k => k.RecordType == typeof(T)), result.NotFound, errorId, noun, listCommand,
            filtered);
    }

    /// <summary>
    /// Warns about each filter value that matches nothing the dataset holds for that filter, naming the closest known
    /// value, so a script whose filter is misspelt is not silently given nothing. Invalid patterns are reported as
    /// errors elsewhere.
    /// </summary>
    private protected void WarnUnmatched(string parameter, string noun, IReadOnlyList<string>? texts, Func<IEnumerable<string>> values,
        Func<string, bool>? suggestable = null)
    {
        if (texts is not { Count: > 0 })
        {
            return;
        }

        var known = values().Distinct(StringComparer.Ordinal).ToArray();
        foreach (var pattern in NamePattern.From(texts))
        {
            if (pattern.IsValid && !known.Any(pattern.IsMatch))
            {
                WriteWarning(Say("-{0} '{1}' matches no {2} in the dataset, so no record passes it.{3}", parameter, pattern.Text, noun,
                    pattern.IsWildcard ? "" : Suggestion.Text(pattern.Literal, suggestable is null ? known : known.Where(suggestable))));
            }
        }
    }

    /// <summary>
    /// Writes the output objects of the records a piped WaicTools object relates to; false when the object is none,
    /// or of no kind the query knows.
    /// </summary>
    private protected bool WriteRelated<T>(object? input, Func<Record, IReadOnlyList<T>?> related, Func<T, object> output)
    {
        if (input is not SourcedObject { Stored: var record } || related(record) is not { } found)
        {
            return false;
        }

        foreach (var item in found)
        {
            WriteObject(output(item));
        }

        return true;
    }

    /// <summary>
    /// One piped object of a cmdlet that finds records by name: a WaicTools object gives the records it relates to,
    /// written here; a name, or the Name property of any other object (a row of Import-Csv), is returned for the query
    /// to look up. Null when there is nothing more to do: the related records were written, or the object is of no
    /// kind the cmdlet takes (reported as InvalidInputObject; a WaicTools object of another kind is not taken by its
    /// name).
    /// </summary>
    private protected string[]? NamesFromInput<T>(PSObject? input, Func<Record, IReadOnlyList<T>?> related,
        Func<T, object> output, string expected)
    {
        var (value, name) = Unwrap(input);
        if (WriteRelated(value, related, output))
        {
            return null;
        }

        if (name is null || value is SourcedObject)
        {
            WriteInvalidInput(input, expected);
            return null;
        }

        return new[] { name };
    }

    /// <summary>Reports a piped object of a kind the cmdlet cannot take.</summary>
    private protected void WriteInvalidInput(PSObject? input, string expected)
    {
        var message = _nameFailure is null
            ? Say("Cannot use '{0}' here: give {1}.", Describe(input), expected)
            : Say("Cannot use '{0}' here: reading its Name property failed ({1}); give {2}.", Describe(input),
                _nameFailure, expected);
        WriteError(new ErrorRecord(new PSArgumentException(message), ErrorIds.InvalidInputObject,
            ErrorCategory.InvalidArgument, input));
    }

    // Why the last Unwrap could not read a Name property, for the error that follows.
    private string? _nameFailure;

    /// <summary>Why the last <see cref="Unwrap"/> could not read a Name property; null when it could, or there was none.</summary>
    private protected string? NameFailure => _nameFailure;

    /// <summary>
    /// The object under a PowerShell wrapper, and its Name property when it has one. A Name property whose getter
    /// fails (a script property that throws) gives no name, and the error about the input says why.
    /// </summary>
    private protected (object? Value, string? Name) Unwrap(PSObject? input)
    {
        _nameFailure = null;
        var value = input?.BaseObject;
        if (value is string text)
        {
            return (value, text);
        }

        try
        {
            return (value, input?.Properties["Name"]?.Value?.ToString());
        }
        catch (Exception e) when (e is RuntimeException or ExtendedTypeSystemException)
        {
            _nameFailure = e.InnerException?.Message ?? e.Message;
            return (value, null);
        }
    }

    /// <summary>An input as an error may show it: its text, escaped, and never by calling a property that may fail.</summary>
    private protected static string Describe(object? input)
    {
        var value = input is PSObject wrapped ? wrapped.BaseObject : input;
        string? text;
        try
        {
            text = value?.ToString();
        }
        catch (Exception e) when (e is RuntimeException or InvalidOperationException)
        {
            text = value?.GetType().Name;
        }

        return TextRules.Escape(string.IsNullOrEmpty(text) ? value?.GetType().Name ?? "null" : text!);
    }

    /// <summary>
    /// Reports each text that is no valid wildcard pattern (such as '[') as a non-terminating error naming the
    /// parameter; the query treats such a pattern as matching nothing, so the other names still answer.
    /// </summary>
    private protected void WriteInvalidPatterns(string parameter, IEnumerable<string>? texts)
    {
        foreach (var text in texts ?? Array.Empty<string>())
        {
            if (InvalidPattern(parameter, text) is { } error)
            {
                WriteError(error);
            }
        }
    }

    /// <summary>The error for a text that is no valid wildcard pattern, or null when it is one.</summary>
    private protected static ErrorRecord? InvalidPattern(string parameter, string text) =>
        NamePattern.Problem(text) is { } problem
            ? new ErrorRecord(new PSArgumentException(Say(
                    "The -{0} value '{1}' is not a valid wildcard pattern: {2} Escape [ and ] with a backtick (`[) to match them as text.",
                    parameter, text, problem)),
                ErrorIds.InvalidWildcardPattern, ErrorCategory.InvalidArgument, text)
            : null;
}
