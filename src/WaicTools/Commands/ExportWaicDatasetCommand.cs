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
/// <code>Export-WaicDataset -Path ./waic-data -PassThru | Select-Object Name, Length | Export-Csv -Path export-manifest.csv</code>
/// <para>Records which files an export wrote.</para>
/// </example>
[Cmdlet(VerbsData.Export, "WaicDataset", SupportsShouldProcess = true)]
[OutputType(typeof(FileInfo))]
public sealed class ExportWaicDatasetCommand : WaicCmdlet
{
    /// <summary>The folder to write the files into.</summary>
    [Parameter(Mandatory = true, Position = 0)]
    [ValidateNotNullOrEmpty]
    public string? Path { get; set; }

    /// <summary>Overwrites existing dataset files in the folder.</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <summary>Emits the files written.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    protected override void EndProcessing()
    {
        var folder = GetUnresolvedProviderPathFromPSPath(Path);
        var files = DatasetWriter.Serialize(Dataset);
        var existing = files.Select(f => System.IO.Path.Combine(folder, f.File)).Where(File.Exists).ToArray();
        if (existing.Length > 0 && !Force)
        {
            ThrowTerminatingError(new ErrorRecord(new IOException(string.Format(CultureInfo.InvariantCulture,
                    "'{0}' already holds dataset files ({1}); use -Force to overwrite them.", folder,
                    string.Join(", ", existing.Select(System.IO.Path.GetFileName)))),
                ErrorIds.ExportTargetNotEmpty, ErrorCategory.ResourceExists, folder));
        }

        if (!ShouldProcess(folder, "Write the dataset files"))
        {
            return;
        }

        foreach (var (file, bytes) in files)
        {
            var target = System.IO.Path.Combine(folder, file);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, bytes);
            if (PassThru)
            {
                WriteObject(new FileInfo(target));
            }
        }
    }
}
