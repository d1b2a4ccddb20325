using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Management.Automation;
using WaicTools.Data;
using WaicTools.Model;

namespace WaicTools.Commands;

/// <summary>Adds or corrects records from dataset files of your own, checking everything before anything changes.</summary>
/// <remarks>
/// <para>Import-WaicDataset reads one or more JSON files in the dataset format (Export-WaicDataset writes a complete set to start from, with its schema) and puts their records on top of the current dataset. A record with a new id is added; a record with the id of an existing record of the same kind replaces it, with a warning naming the id. With -Replace the imported files replace all current data instead, so they must hold a complete dataset.</para>
/// <para>Everything is checked first: syntax, encoding, types, required fields, plausible ranges, unique ids and names, and that every reference and source id resolves. On any error the import stops with an error naming the file, record and field (and the line and position for syntax errors), and the dataset is exactly as before. Unknown fields are reported as warnings and ignored.</para>
/// <para>The dataset belongs to the PowerShell process: every runspace in it, ForEach-Object -Parallel included, sees the import from its next call on; a pipeline already running keeps the data it started with. Other processes are not affected. Reset-WaicDataset returns to the embedded data. Files larger than 128 MiB or nested deeper than 16 levels are refused.</para>
/// </remarks>
/// <example>
/// <code>Export-WaicDataset -Path ./my-data; Import-WaicDataset -Path ./my-data -Replace -PassThru</code>
/// <para>Writes the dataset as files to edit, then loads the files in place of the embedded data.</para>
/// </example>
/// <example>
/// <code>Export-WaicDataset -Path ./my-data; (Get-Content ./my-data/clusters.json -Raw) -replace '"status": "Announced"', '"status": "Deployed"' | Set-Content ./my-data/clusters.json; Import-WaicDataset -Path ./my-data/clusters.json -WarningAction SilentlyContinue; Get-ChipCluster | Group-Object Status | Select-Object Name, Count</code>
/// <para>Corrects a record: the edited cluster records replace the embedded ones (each replacement is a warning, silenced here), and the report counts the systems by status.</para>
/// </example>
/// <example>
/// <code>Export-WaicDataset -Path ./my-data; Import-WaicDataset -Path ./my-data/chips.json -WarningVariable replaced -WarningAction SilentlyContinue; $replaced.Count; Get-Chip | Sort-Object Bf16DenseTflops -Descending | Export-Csv -Path chips.csv</code>
/// <para>Imports a file, counts the records it replaced, and exports the combined chips.</para>
/// </example>
[Cmdlet(VerbsData.Import, "WaicDataset", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(typeof(WaicDataset))]
public sealed class ImportWaicDatasetCommand : WaicCmdlet
{
    private readonly List<string> _files = new();
    private readonly List<string> _given = new();

    /// <summary>Dataset files, or folders whose .json files are read together. Wildcards are permitted.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("FullName")]
    [ValidateNotNullOrEmpty]
    [SupportsWildcards]
    public string[]? Path { get; set; }

    /// <summary>Replaces all current data with the imported files instead of adding to it.</summary>
    [Parameter]
    public SwitchParameter Replace { get; set; }

    /// <summary>Emits the description of the dataset after the import.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        foreach (var path in Path ?? Array.Empty<string>())
        {
            Collection<string> resolved;
            try
            {
                resolved = GetResolvedProviderPathFromPSPath(path, out _);
            }
            catch (ItemNotFoundException e)
            {
                Stop(e, ErrorIds.DatasetFileNotFound, ErrorCategory.ObjectNotFound, path);
                return;
            }

            foreach (var item in resolved)
            {
                _given.Add(item);
                if (Directory.Exists(item))
                {
                    var files = Directory.GetFiles(item, "*.json").OrderBy(f => f, StringComparer.Ordinal).ToArray();
                    if (files.Length == 0)
                    {
                        Stop(new FileNotFoundException(string.Format(CultureInfo.InvariantCulture,
                            "The folder '{0}' holds no .json dataset files.", item)), ErrorIds.NoDatasetFiles,
                            ErrorCategory.InvalidArgument, item);
                    }

                    _files.AddRange(files);
                }
                else
                {
                    _files.Add(item);
                }
            }
        }
    }

    /// <inheritdoc />
    protected override void EndProcessing()
    {
        var contents = new List<(string, byte[])>();
        foreach (var file in _files.Distinct(StringComparer.Ordinal))
        {
            contents.Add((file, ReadFile(file)));
        }

        var name = string.Join(", ", _given.Distinct(StringComparer.Ordinal));
        DatasetLayer layer;
        try
        {
            layer = DatasetLoader.ParseLayer(name, contents);
        }
        catch (DatasetException e) when (e.ExceedsLimit)
        {
            Stop(e, ErrorIds.DatasetLimitExceeded, ErrorCategory.LimitsExceeded, e.File);
            return;
        }
        catch (DatasetException e)
        {
            Stop(e, ErrorIds.DatasetInvalid, ErrorCategory.InvalidData, e.File);
            return;
        }

        if (!ShouldProcess(name, Replace ? "Replace the dataset" : "Add to the dataset"))
        {
            return;
        }

        var replaced = new List<string>();
        Dataset dataset;
        try
        {
            dataset = DatasetStore.Import(layer, Replace, replaced);
        }
        catch (DatasetException e)
        {
            Stop(e, ErrorIds.DatasetInvalid, ErrorCategory.InvalidData, e.File);
            return;
        }

        // Figures that disagree with chip x count load (sources may truly differ) but are pointed out.
        foreach (var warning in layer.Warnings.Concat(replaced).Concat(DatasetChecks.ImportWarnings(dataset, limit: 10)))
        {
            WriteWarning(warning);
        }

        WriteVerbose(string.Format(CultureInfo.InvariantCulture, "Imported {0} from {1} file(s).", layer.Counts(),
            contents.Count));
        if (PassThru)
        {
            WriteObject(new WaicDataset(dataset));
        }
    }

    private byte[] ReadFile(string file)
    {
        try
        {
            var info = new FileInfo(file);
            if (!info.Exists)
            {
                Stop(new FileNotFoundException(string.Format(CultureInfo.InvariantCulture,
                    "The dataset file '{0}' does not exist.", file), file), ErrorIds.DatasetFileNotFound,
                    ErrorCategory.ObjectNotFound, file);
            }

            if (info.Length > DatasetLoader.MaxFileBytes)
            {
                Stop(new IOException(string.Format(CultureInfo.InvariantCulture,
                    "'{0}' has {1} bytes; the limit is {2} bytes. Split it into several files.", file, info.Length,
                    DatasetLoader.MaxFileBytes)), ErrorIds.DatasetFileTooLarge, ErrorCategory.LimitsExceeded, file);
            }

            return File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException && e is not FileNotFoundException)
        {
            Stop(new IOException(string.Format(CultureInfo.InvariantCulture, "Cannot read '{0}': {1}", file, e.Message), e),
                ErrorIds.DatasetFileUnreadable, ErrorCategory.ReadError, file);
            throw; // not reached
        }
    }

    private void Stop(Exception exception, string errorId, ErrorCategory category, object? target) =>
        ThrowTerminatingError(new ErrorRecord(exception, errorId, category, target));
}
