using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Threading;
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
/// <code>Export-WaicDataset -Path ./my-data -Force; (Get-Content ./my-data/clusters.json -Raw) -replace '"status": "Announced"', '"status": "Deployed"' | Set-Content ./my-data/clusters.json; Import-WaicDataset -Path ./my-data/clusters.json -WarningAction SilentlyContinue; Get-ChipCluster | Group-Object Status | Select-Object Name, Count</code>
/// <para>Corrects a record: the edited cluster records replace the embedded ones (each replacement is a warning, silenced here), and the report counts the systems by status.</para>
/// </example>
/// <example>
/// <code>Export-WaicDataset -Path ./my-data -Force; Import-WaicDataset -Path ./my-data/chips.json -WarningVariable replaced -WarningAction SilentlyContinue; $replaced.Count; Get-Chip | Sort-Object Bf16DenseTflops -Descending | Export-Csv -Path chips.csv</code>
/// <para>Imports a file, counts the records it replaced, and exports the combined chips.</para>
/// </example>
[Cmdlet(VerbsData.Import, "WaicDataset", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low,
    DefaultParameterSetName = PathSet)]
[OutputType(typeof(WaicDataset))]
public sealed class ImportWaicDatasetCommand : WaicCmdlet
{
    private const string PathSet = "Path", LiteralPathSet = "LiteralPath";

    private readonly List<string> _files = new();
    private readonly List<string> _given = new();
    private readonly CancellationTokenSource _stop = new();

    /// <summary>Dataset files, or folders whose .json files are read together. Wildcards are permitted; a wildcard that matches nothing is an error.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ParameterSetName = PathSet)]
    [ValidateNotNullOrEmpty]
    [SupportsWildcards]
    public string[]? Path { get; set; }

    /// <summary>Dataset files or folders, taken exactly as written: no character is a wildcard, so a folder named x[abc] is read as it is. Files piped from Get-ChildItem bind here.</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = LiteralPathSet)]
    [Alias("PSPath", "LP", "FullName")]
    [ValidateNotNullOrEmpty]
    public string[]? LiteralPath { get; set; }

    /// <summary>Replaces all current data with the imported files instead of adding to it.</summary>
    [Parameter]
    public SwitchParameter Replace { get; set; }

    /// <summary>Emits the description of the dataset after the import.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var literal = ParameterSetName == LiteralPathSet;
        foreach (var path in (literal ? LiteralPath : Path) ?? Array.Empty<string>())
        {
            foreach (var item in Resolve(path, literal))
            {
                _given.Add(item);
                switch (DatasetFiles.KindOf(item))
                {
                    case FileKind.Directory:
                        var files = Directory.GetFiles(item, "*.json").OrderBy(f => f, StringComparer.Ordinal).ToArray();
                        if (files.Length == 0)
                        {
                            Stop(new FileNotFoundException(Say(
                                "The folder '{0}' holds no .json dataset files.", item)), ErrorIds.NoDatasetFiles,
                                ErrorCategory.InvalidArgument, item);
                        }

                        _files.AddRange(files);
                        break;
                    case FileKind.Missing:
                        Stop(new FileNotFoundException(Say(
                            "The dataset file '{0}' does not exist.", item), item), ErrorIds.DatasetFileNotFound,
                            ErrorCategory.ObjectNotFound, item);
                        break;
                    default:
                        _files.Add(item); // a pipe or device is refused when read, with the files of a folder
                        break;
                }
            }
        }
    }

    /// <summary>
    /// The file-system paths a -Path or -LiteralPath names, relative ones against the current location. A path of
    /// another provider (Variable:, Env:) is refused, as is a wildcard that matches nothing.
    /// </summary>
    private IEnumerable<string> Resolve(string path, bool literal)
    {
        ProviderInfo provider;
        IEnumerable<string> resolved;
        if (path.IndexOf('\0') >= 0)
        {
            Stop(new ArgumentException(Say("'{0}' is not a path Import-WaicDataset can read: it holds a NUL character.", path)),
                ErrorIds.DatasetPathInvalid, ErrorCategory.InvalidArgument, path);
        }

        try
        {
            resolved = literal
                ? new[] { SessionState.Path.GetUnresolvedProviderPathFromPSPath(path, out provider, out _) }
                : SessionState.Path.GetResolvedProviderPathFromPSPath(path, out provider);
        }
        catch (ItemNotFoundException e)
        {
            // PowerShell's message echoes the path as typed; shown escaped, like every message of the module.
            Stop(new ItemNotFoundException(TextRules.Escape(e.Message), e), ErrorIds.DatasetFileNotFound,
                ErrorCategory.ObjectNotFound, path);
            throw; // not reached
        }
        catch (Exception e) when (e is System.Management.Automation.DriveNotFoundException or ProviderNotFoundException or PSArgumentException
                                      or NotSupportedException or WildcardPatternException or ArgumentException)
        {
            Stop(new ArgumentException(Say(
                "'{0}' is not a path Import-WaicDataset can read: {1}", path, e.Message), e),
                ErrorIds.DatasetPathInvalid, ErrorCategory.InvalidArgument, path);
            throw; // not reached
        }

        if (provider.ImplementingType != typeof(Microsoft.PowerShell.Commands.FileSystemProvider))
        {
            Stop(new ArgumentException(Say(
                "'{0}' is a path of the {1} provider; dataset files are read from the file system only.", path,
                provider.Name)), ErrorIds.DatasetPathNotFileSystem, ErrorCategory.InvalidArgument, path);
        }

        var list = resolved.ToList();
        if (list.Count == 0)
        {
            Stop(new FileNotFoundException(Say(
                "The wildcard '{0}' matches no file or folder.", path)), ErrorIds.DatasetFileNotFound,
                ErrorCategory.ObjectNotFound, path);
        }

        return list;
    }

    /// <inheritdoc />
    protected override void StopProcessing() => _stop.Cancel();

    /// <inheritdoc />
    protected override void EndProcessing()
    {
        try
        {
            Import();
        }
        catch (OperationCanceledException)
        {
            throw new PipelineStoppedException();
        }
    }

    private void Import()
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
            layer = DatasetLoader.ParseLayer(name, contents, _stop.Token);
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
            dataset = DatasetStore.Import(layer, Replace, replaced, _stop.Token);
        }
        catch (DatasetException e)
        {
            Stop(e, ErrorIds.DatasetInvalid, ErrorCategory.InvalidData, e.File);
            return;
        }

        // Figures that disagree with chip x count load (sources may truly differ) but are pointed out.
        foreach (var warning in layer.Warnings.Concat(replaced).Concat(DatasetChecks.ImportWarnings(dataset, limit: 10)))
        {
            WriteWarning(TextRules.Escape(warning));
        }

        WriteVerbose(Say("Imported {0} from {1} file(s).", layer.Counts(),
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
            switch (DatasetFiles.KindOf(file))
            {
                case FileKind.Missing:
                    Stop(new FileNotFoundException(Say(
                        "The dataset file '{0}' does not exist.", file), file), ErrorIds.DatasetFileNotFound,
                        ErrorCategory.ObjectNotFound, file);
                    break;
                case FileKind.Special:
                    Stop(new IOException(Say(
                        "'{0}' is not a regular file (it is a pipe, device or socket); only regular files are read.",
                        file)), ErrorIds.DatasetFileNotRegular, ErrorCategory.InvalidArgument, file);
                    break;
                case FileKind.Directory:
                    Stop(new IOException(Say(
                        "'{0}' is a folder inside a folder; only the .json files of the folder given are read.", file)),
                        ErrorIds.DatasetFileNotRegular, ErrorCategory.InvalidArgument, file);
                    break;
            }

            return DatasetFiles.Read(file, DatasetLoader.MaxFileBytes, _stop.Token);
        }
        catch (FileTooLargeException e)
        {
            // The length the file claims, when it claims more than the limit; otherwise only that reading went past it.
            var size = e.Length > DatasetLoader.MaxFileBytes + 1
                ? e.Length.ToString(CultureInfo.InvariantCulture)
                : "more than " + DatasetLoader.MaxFileBytes.ToString(CultureInfo.InvariantCulture);
            Stop(new IOException(Say("'{0}' has {1} bytes; the limit is {2} bytes. Split it into several files.", file, size,
                DatasetLoader.MaxFileBytes)), ErrorIds.DatasetFileTooLarge, ErrorCategory.LimitsExceeded, file);
            throw; // not reached
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException && e is not FileNotFoundException)
        {
            Stop(new IOException(Say("Cannot read '{0}': {1}", file, e.Message), e),
                ErrorIds.DatasetFileUnreadable, ErrorCategory.ReadError, file);
            throw; // not reached
        }
    }

    private void Stop(Exception exception, string errorId, ErrorCategory category, object? target) =>
        ThrowTerminatingError(new ErrorRecord(exception, errorId, category, target));
}
