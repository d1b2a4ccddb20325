using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Management.Automation;
using WaicTools.Data;
using WaicTools.Model;

namespace WaicTools.Commands;

/// <summary>Writes the current dataset as JSON files in the format Import-WaicDataset reads, with its schema.</summary>
/// <remarks>
/// <para>Export-WaicDataset writes one file per kind of record (dataset.json, clusters.json, alliances.json, organizations.json, chips.json, products.json, events.json, citations.json) and schema/waic-dataset.schema.json, which editors use to check the files as you type. Every figure keeps its sources, confidence, basis, note and alternatives.</para>
/// <para>The files are a template to extend or correct: edit them and load them with Import-WaicDataset. Exporting and importing again gives identical objects. The folder is created if needed; existing files are overwritten only with -Force.</para>
/// </remarks>
/// <example>
/// <code>Export-WaicDataset -Path ./waic-data</code>
/// <para>Writes the dataset and its schema into ./waic-data.</para>
/// </example>
/// <example>
/// <code>Export-WaicDataset -Path ./waic-data -Force -PassThru | Sort-Object Length -Descending | Select-Object Name, Length</code>
/// <para>Overwrites an earlier export and lists the files, the largest first.</para>
/// </example>
/// <example>
/// <code>Export-WaicDataset -Path ./waic-data -Force -PassThru | Select-Object Name, Length | Export-Csv -Path export-manifest.csv</code>
/// <para>Records which files an export wrote.</para>
/// </example>
[Cmdlet(VerbsData.Export, "WaicDataset", SupportsShouldProcess = true, DefaultParameterSetName = PathSet)]
[OutputType(typeof(FileInfo))]
public sealed class ExportWaicDatasetCommand : WaicCmdlet
{
    private const string PathSet = "Path", LiteralPathSet = "LiteralPath";

    /// <summary>The folder to write the files into; created if needed. Relative to the current location.</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = PathSet)]
    [ValidateNotNullOrEmpty]
    public string? Path { get; set; }

    /// <summary>The folder to write the files into, taken exactly as written (the same as -Path: no character of it is a wildcard).</summary>
    [Parameter(Mandatory = true, ParameterSetName = LiteralPathSet)]
    [Alias("PSPath", "LP")]
    [ValidateNotNullOrEmpty]
    public string? LiteralPath { get; set; }

    /// <summary>Overwrites existing dataset files in the folder (a link among them is replaced, never written through).</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <summary>Emits the files written, once all of them are in place.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    protected override void EndProcessing()
    {
        var given = (ParameterSetName == LiteralPathSet ? LiteralPath : Path)!;
        if (given.IndexOf('\0') >= 0)
        {
            ThrowTerminatingError(new ErrorRecord(new ArgumentException(Say(
                    "'{0}' is not a path Export-WaicDataset can write to: it holds a NUL character.", given)),
                ErrorIds.DatasetPathInvalid, ErrorCategory.InvalidArgument, given));
        }

        string folder;
        try
        {
            folder = SessionState.Path.GetUnresolvedProviderPathFromPSPath(given, out var provider, out _);
            if (provider.ImplementingType != typeof(Microsoft.PowerShell.Commands.FileSystemProvider))
            {
                ThrowTerminatingError(new ErrorRecord(new ArgumentException(Say(
                        "'{0}' is a path of the {1} provider; dataset files are written to the file system only.", given,
                        provider.Name)), ErrorIds.DatasetPathNotFileSystem, ErrorCategory.InvalidArgument, given));
            }
        }
        catch (Exception e) when (e is System.Management.Automation.DriveNotFoundException or ProviderNotFoundException
                                      or PSArgumentException or NotSupportedException or ArgumentException)
        {
            ThrowTerminatingError(new ErrorRecord(new ArgumentException(Say(
                    "'{0}' is not a path Export-WaicDataset can write to: {1}", given, e.Message), e),
                ErrorIds.DatasetPathInvalid, ErrorCategory.InvalidArgument, given));
            return;
        }

        var files = DatasetWriter.Serialize(Dataset);
        if (!ShouldProcess(folder, "Write the dataset files"))
        {
            return;
        }

        IReadOnlyList<string> written;
        try
        {
            written = DatasetExport.Write(DiskFileSystem.Instance, folder, files, Force);
        }
        catch (ExportException e)
        {
            var (id, category) = e.Fault switch
            {
                ExportFault.TargetNotEmpty => (ErrorIds.ExportTargetNotEmpty, ErrorCategory.ResourceExists),
                ExportFault.TargetNotFolder => (ErrorIds.ExportTargetNotFolder, ErrorCategory.InvalidArgument),
                ExportFault.AccessDenied => (ErrorIds.ExportAccessDenied, ErrorCategory.PermissionDenied),
                _ => (ErrorIds.ExportWriteFailed, ErrorCategory.WriteError),
            };
            ThrowTerminatingError(new ErrorRecord(new IOException(TextRules.Escape(e.Message), e.InnerException), id, category, e.Target));
            return;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            // Before anything was written: a path too long, or one the system cannot take.
            ThrowTerminatingError(new ErrorRecord(new IOException(Say("Cannot write to '{0}': {1} Nothing was written.", folder, e.Message), e),
                e is ArgumentException or NotSupportedException ? ErrorIds.DatasetPathInvalid : ErrorIds.ExportWriteFailed,
                e is ArgumentException or NotSupportedException ? ErrorCategory.InvalidArgument : ErrorCategory.WriteError, folder));
            return;
        }

        if (PassThru)
        {
            foreach (var file in written)
            {
                WriteObject(new FileInfo(file));
            }
        }
    }
}
