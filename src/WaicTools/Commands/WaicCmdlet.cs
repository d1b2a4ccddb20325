using System;
using System.Collections.Generic;
using System.Globalization;
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

    private protected static string ClusterNotFoundMessage(string name) => NotFoundMessage("chip cluster", name, "Get-ChipCluster", false);

    private protected static string NotFoundMessage(string kind, string name, string listCommand, bool filtered) =>
        filtered
            ? string.Format(CultureInfo.InvariantCulture, "No {0} named '{1}' matches the filters given.", kind, name)
            : string.Format(CultureInfo.InvariantCulture, "No {0} named '{1}' was found. Run {2} to list them.", kind,
                name, listCommand);

    /// <summary>Reports each exact name that matched nothing, and lets the pipeline go on.</summary>
    private protected void WriteNotFound(IEnumerable<string> names, string errorId, string kind, string listCommand,
        bool filtered)
    {
        foreach (var name in names)
        {
            WriteError(new ErrorRecord(new ItemNotFoundException(NotFoundMessage(kind, name, listCommand, filtered)),
                errorId, ErrorCategory.ObjectNotFound, name));
        }
    }

    /// <summary>
    /// Writes the output object of each record a query found, then an error for each exact name that found nothing.
    /// </summary>
    private protected void WriteResult<T>(QueryResult<T> result, Func<T, object> output, string errorId, string kind,
        string listCommand, bool filtered)
    {
        foreach (var item in result.Items)
        {
            WriteObject(output(item));
        }

        WriteNotFound(result.NotFound, errorId, kind, listCommand, filtered);
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

    /// <summary>Reports a piped object of a kind the cmdlet cannot take.</summary>
    private protected void WriteInvalidInput(PSObject? input, string expected) =>
        WriteError(new ErrorRecord(
            new PSArgumentException(string.Format(CultureInfo.InvariantCulture, "Cannot use '{0}' here: give {1}.",
                input?.BaseObject, expected)),
            ErrorIds.InvalidInputObject, ErrorCategory.InvalidArgument, input));

    /// <summary>The object under a PowerShell wrapper, and its Name property when it has one.</summary>
    private protected static (object? Value, string? Name) Unwrap(PSObject? input)
    {
        var value = input?.BaseObject;
        var name = value as string ?? input?.Properties["Name"]?.Value?.ToString();
        return (value, name);
    }
}
